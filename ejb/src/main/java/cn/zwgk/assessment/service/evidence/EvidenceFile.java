package cn.zwgk.assessment.service.evidence;

import cn.zwgk.assessment.domain.evidence.Evidence;
import java.nio.file.Path;

/** An evidence file to send: its record (name, type) and where its content lies. */
public record EvidenceFile(Evidence evidence, Path path) {}
