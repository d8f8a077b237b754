package cn.zwgk.assessment.web.page;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An assessor's units as saved, and as chosen on the page before saving. */
public final class AssessorUnits implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String username;
  private final String displayName;
  private Set<String> saved;
  private List<String> chosen;

  AssessorUnits(String username, String displayName, Set<String> saved) {
    this.username = username;
    this.displayName = displayName;
    saved(saved);
  }

  void saved(Set<String> units) {
    saved = new TreeSet<>(units);
    chosen = new ArrayList<>(units);
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Set<String> getSaved() {
    return saved;
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : chosen;
  }

  /** The choice differs from what is saved. */
  public boolean isChanged() {
    return !saved.equals(new TreeSet<>(chosen));
  }
}
