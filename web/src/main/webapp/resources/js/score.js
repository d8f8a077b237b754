/*
 * The scoring page's rows are plain inputs: a row's save button copies its item, score and reason
 * into the form's hidden fields and clicks the form's one save command (a JSF Ajax post with the
 * view state), so that the page renders no component, widget or handler per row. One handler on the
 * document also serves the cells and the form that an Ajax update renders anew.
 */
document.addEventListener('click', function (event) {
  var button = event.target.closest('button.row-save');
  if (!button) {
    return;
  }
  var form = button.form;
  var inputs = button.parentNode;
  form.elements['score:item'].value = button.getAttribute('data-item');
  form.elements['score:newScore'].value = inputs.querySelector('.score-input').value;
  form.elements['score:newReason'].value = inputs.querySelector('.reason-input').value;
  document.getElementById('score:save').click();
});
