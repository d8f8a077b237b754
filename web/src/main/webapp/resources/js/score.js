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
  var inputs = button.parentNode;
  saveScoreRow(
    button.getAttribute('data-item'),
    inputs.querySelector('.score-input').value,
    inputs.querySelector('.reason-input').value
  );
});

/*
 * The save command is disabled while a save is under way (PrimeFaces' disableOnAjax), and a click
 * on it then does nothing: a row saved meanwhile waits for the save before it, instead of being
 * lost without a word.
 */
function saveScoreRow(item, score, reason) {
  var command = document.getElementById('score:save');
  if (command.disabled) {
    setTimeout(function () {
      saveScoreRow(item, score, reason);
    }, 50);
    return;
  }
  var form = document.getElementById('score');
  form.elements['score:item'].value = item;
  form.elements['score:newScore'].value = score;
  form.elements['score:newReason'].value = reason;
  command.click();
}
