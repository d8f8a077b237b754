package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.evidence.Evidence;
import java.io.Serializable;

/** An evidence file as a page links to it: its id for the download path, and its name. */
public record FileLink(long id, String fileName) implements Serializable {

  static FileLink of(Evidence evidence) {
    return new FileLink(evidence.getId(), evidence.getFileName());
  }
}
