package cn.zwgk.assessment.domain.audit;

import static cn.zwgk.assessment.domain.audit.AuditChainFixture.KEY;
import static cn.zwgk.assessment.domain.audit.AuditChainFixture.START;
import static cn.zwgk.assessment.domain.audit.AuditChainFixture.append;
import static cn.zwgk.assessment.domain.audit.AuditChainFixture.check;
import static cn.zwgk.assessment.domain.audit.AuditChainFixture.newHead;
import static cn.zwgk.assessment.domain.audit.AuditChainFixture.record;
import static cn.zwgk.assessment.domain.audit.AuditChainFixture.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuditChainTest {

  private static final String GENESIS = "0".repeat(64);
  private static final String HEX_64 = "[0-9a-f]{64}";
  private static final int N = 10;

  private static AuditEvent single(AuditRecord record, LocalDateTime at) {
    return newHead().append(record, at, KEY);
  }

  private static AuditRecord withActorAndAction(String actor, String action) {
    return new AuditRecord(actor, action, "t", null, null, null, null);
  }

  // ---------------------------------------------------------------- appending

  @Test
  void appendingGivesConsecutivePositionsFromOne() {
    List<AuditEvent> events = append(newHead(), N);

    assertThat(events)
        .extracting(AuditEvent::getSeq)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
  }

  @Test
  void eachEventCarriesTheHashOfTheOneBefore() {
    List<AuditEvent> events = append(newHead(), N);

    assertThat(events.get(0).getPrevHash()).isEqualTo(GENESIS).isEqualTo(AuditHash.GENESIS);
    for (int i = 1; i < N; i++) {
      assertThat(events.get(i).getPrevHash()).isEqualTo(events.get(i - 1).getHash());
    }
  }

  @Test
  void hashesAre64HexCharactersAndAllDifferent() {
    List<AuditEvent> events = append(newHead(), N);

    assertThat(events).extracting(AuditEvent::getHash).allMatch(h -> h.matches(HEX_64));
    assertThat(new HashSet<>(events.stream().map(AuditEvent::getHash).toList())).hasSize(N);
    assertThat(events).extracting(AuditEvent::getHash).doesNotContain(GENESIS);
  }

  @Test
  void theHeadMovesToTheLastEvent() {
    AuditChainHead head = newHead();
    assertThat(head.getLastSeq()).isZero();
    assertThat(head.getLastHash()).isEqualTo(GENESIS);

    List<AuditEvent> events = append(head, N);

    assertThat(head.getLastSeq()).isEqualTo(N);
    assertThat(head.getLastHash()).isEqualTo(events.get(N - 1).getHash());
  }

  @Test
  void anEventKeepsWhatWasRecorded() {
    AuditRecord record =
        new AuditRecord("assessor1", "SCORE", "item/12", "chengguan", "1.5", "1.0", "缺少佐证材料");
    AuditEvent event = single(record, START);

    assertThat(event.getActor()).isEqualTo("assessor1");
    assertThat(event.getAction()).isEqualTo("SCORE");
    assertThat(event.getTarget()).isEqualTo("item/12");
    assertThat(event.getUnitCode()).isEqualTo("chengguan");
    assertThat(event.getOldValue()).isEqualTo("1.5");
    assertThat(event.getNewValue()).isEqualTo("1.0");
    assertThat(event.getReason()).isEqualTo("缺少佐证材料");
    assertThat(event.getOccurredAt()).isEqualTo(START);
  }

  @ParameterizedTest(name = "nanos {0}")
  @ValueSource(ints = {0, 1, 1_000, 499_999_999, 500_000_000, 999_999_999})
  void occurredAtIsTruncatedToWholeSeconds(int nanos) {
    LocalDateTime at = LocalDateTime.of(2026, 3, 1, 9, 30, 15, nanos);

    AuditEvent event = single(record(1), at);

    assertThat(event.getOccurredAt()).isEqualTo(LocalDateTime.of(2026, 3, 1, 9, 30, 15));
    assertThat(event.getOccurredAt().getNano()).isZero();
  }

  @Test
  void theHashDoesNotDependOnFractionsOfASecond() {
    AuditEvent exact = single(record(1), LocalDateTime.of(2026, 3, 1, 9, 30, 15));
    AuditEvent fraction = single(record(1), LocalDateTime.of(2026, 3, 1, 9, 30, 15, 987_654_321));

    assertThat(fraction.getHash()).isEqualTo(exact.getHash());
  }

  @Test
  void anEventStoredWithoutFractionsStillChecks() {
    AuditChainHead head = newHead();
    AuditEvent event =
        head.append(record(1), LocalDateTime.of(2026, 3, 1, 9, 30, 15, 600_000_000), KEY);
    // what a server that drops fractions gives back
    set(event, "occurredAt", LocalDateTime.of(2026, 3, 1, 9, 30, 15));

    assertThat(check(List.of(event), head).isValid()).isTrue();
  }

  @Test
  void theSameRecordAtTheSamePlaceGivesTheSameHash() {
    assertThat(single(record(3), START).getHash()).isEqualTo(single(record(3), START).getHash());
  }

  @ParameterizedTest(name = "(\"{0}\",\"{1}\") vs (\"{2}\",\"{3}\")")
  @CsvSource({
    "ab, c, a, bc",
    "a, bc, ab, c",
    "abc, '', ab, c",
    "'', abc, a, bc",
    "x|1:y, z, x, |1:yz",
  })
  void textSplitDifferentlyBetweenFieldsHashesDifferently(
      String actor1, String action1, String actor2, String action2) {
    AuditEvent first = single(withActorAndAction(actor1, action1), START);
    AuditEvent second = single(withActorAndAction(actor2, action2), START);

    assertThat(actor1 + action1).isEqualTo(actor2 + action2);
    assertThat(first.getHash()).isNotEqualTo(second.getHash());
  }

  @Test
  void textSplitDifferentlyBetweenOldAndNewValueHashesDifferently() {
    AuditRecord ab = new AuditRecord("a", "EDIT", "t", null, "ab", "c", null);
    AuditRecord bc = new AuditRecord("a", "EDIT", "t", null, "a", "bc", null);

    assertThat(single(ab, START).getHash()).isNotEqualTo(single(bc, START).getHash());
  }

  @Test
  void aMissingValueAndAnEmptyValueHashDifferently() {
    AuditRecord missing = new AuditRecord("a", "EDIT", "t", null, null, "1", null);
    AuditRecord empty = new AuditRecord("a", "EDIT", "t", null, "", "1", null);
    AuditRecord text = new AuditRecord("a", "EDIT", "t", null, "null", "1", null);

    String h1 = single(missing, START).getHash();
    String h2 = single(empty, START).getHash();
    String h3 = single(text, START).getHash();
    assertThat(h1).isNotEqualTo(h2).isNotEqualTo(h3);
    assertThat(h2).isNotEqualTo(h3);
  }

  @Test
  void aRecordNeedsActorActionAndTarget() {
    assertThatThrownBy(() -> new AuditRecord(null, "a", "t", null, null, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new AuditRecord("u", null, "t", null, null, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new AuditRecord("u", "a", null, null, null, null, null))
        .isInstanceOf(NullPointerException.class);
  }

  // ---------------------------------------------------------------- checking an intact chain

  @Test
  void anIntactChainIsValid() {
    AuditChainHead head = newHead();
    List<AuditEvent> events = append(head, N);

    AuditChainCheck check = check(events, head);

    assertThat(check.isValid()).isTrue();
    assertThat(check.firstBroken()).isNull();
    assertThat(check.checked()).isEqualTo(N);
  }

  @Test
  void anEmptyChainWithAFreshHeadIsValid() {
    AuditChainCheck check = check(List.of(), newHead());

    assertThat(check.isValid()).isTrue();
    assertThat(check.checked()).isZero();
  }

  @Test
  void eachEventIsIntactAfterThePreviousHashOnly() {
    List<AuditEvent> events = append(newHead(), 3);

    assertThat(events.get(0).isIntactAfter(GENESIS, KEY)).isTrue();
    assertThat(events.get(1).isIntactAfter(events.get(0).getHash(), KEY)).isTrue();
    assertThat(events.get(1).isIntactAfter(GENESIS, KEY)).isFalse();
    assertThat(events.get(2).isIntactAfter(events.get(0).getHash(), KEY)).isFalse();
  }

  // ---------------------------------------------------------------- tampering

  @ParameterizedTest(name = "{0} of event {1}")
  @CsvSource({
    "actor, 1",
    "actor, 4",
    "action, 5",
    "target, 10",
    "unitCode, 2",
    "unitCode, 3",
    "oldValue, 6",
    "newValue, 1",
    "newValue, 7",
    "newValue, 10",
    "reason, 9",
    "reason, 5",
  })
  void aChangedFieldBreaksTheChainAtThatEvent(String field, int k) {
    AuditChainHead head = newHead();
    List<AuditEvent> events = append(head, N);

    set(events.get(k - 1), field, "tampered");

    AuditChainCheck check = check(events, head);
    assertThat(check.isValid()).isFalse();
    assertThat(check.firstBroken()).isEqualTo(k);
    assertThat(check.checked()).isEqualTo(N);
  }

  @ParameterizedTest(name = "event {0}")
  @ValueSource(ints = {1, 4, 10})
  void aFieldSetToNullBreaksTheChainAtThatEvent(int k) {
    AuditChainHead head = newHead();
    List<AuditEvent> events = append(head, N);

    set(events.get(k - 1), "newValue", null);

    assertThat(check(events, head).firstBroken()).isEqualTo(k);
  }

  @ParameterizedTest(name = "event {0}")
  @ValueSource(ints = {1, 6, 10})
  void aChangedTimeBreaksTheChainAtThatEvent(int k) {
    AuditChainHead head = newHead();
    List<AuditEvent> events = append(head, N);

    AuditEvent event = events.get(k - 1);
    set(event, "occurredAt", event.getOccurredAt().minusSeconds(1));

    assertThat(check(events, head).firstBroken()).isEqualTo(k);
  }

  @ParameterizedTest(name = "event {0}")
  @ValueSource(ints = {1, 5, 10})
  void aChangedFieldWithItsHashRecomputedIsCaughtAtTheNextLink(int k) {
    AuditChainHead head = newHead();
    List<AuditEvent> events = append(head, N);

    AuditEvent event = events.get(k - 1);
    set(event, "newValue", "tampered");
    set(event, "hash", AuditHash.of(event, KEY));

    AuditChainCheck check = check(events, head);
    assertThat(check.isValid()).isFalse();
    // event k is self-consistent now; the next event (or the head) no longer points at it
    assertThat(check.firstBroken()).isEqualTo(k + 1L);
  }

  @ParameterizedTest(name = "event {0}")
  @ValueSource(ints = {2, 5, 9})
  void aChangedPrevHashBreaksTheChainAtThatEvent(int k) {
    AuditChainHead head = newHead();
    List<AuditEvent> events = append(head, N);

    set(events.get(k - 1), "prevHash", "f".repeat(64));

    assertThat(check(events, head).firstBroken()).isEqualTo(k);
  }

  @ParameterizedTest(name = "event {0}")
  @ValueSource(ints = {1, 2, 5, 9})
  void aDeletedEventBreaksTheChainAtTheEventAfterIt(int k) {
    AuditChainHead head = newHead();
    List<AuditEvent> events = new ArrayList<>(append(head, N));

    events.remove(k - 1);

    AuditChainCheck check = check(events, head);
    assertThat(check.isValid()).isFalse();
    assertThat(check.firstBroken()).isEqualTo(k + 1L);
  }

  @Test
  void severalDeletedEventsAreReportedAtTheFirstGap() {
    AuditChainHead head = newHead();
    List<AuditEvent> events = new ArrayList<>(append(head, N));

    events.subList(3, 6).clear(); // events 4, 5 and 6

    assertThat(check(events, head).firstBroken()).isEqualTo(7L);
  }

  @Test
  void aDeletedLastEventIsCaughtThroughTheHead() {
    AuditChainHead head = newHead();
    List<AuditEvent> events = new ArrayList<>(append(head, N));

    events.remove(N - 1);

    AuditChainCheck check = check(events, head);
    assertThat(check.isValid()).isFalse();
    assertThat(check.firstBroken()).isEqualTo(N);
    assertThat(check.checked()).isEqualTo(N - 1);
  }

  @Test
  void severalDeletedLastEventsAreCaughtThroughTheHead() {
    AuditChainHead head = newHead();
    List<AuditEvent> events = new ArrayList<>(append(head, N));

    events.subList(7, N).clear(); // events 8, 9 and 10

    assertThat(check(events, head).firstBroken()).isEqualTo(8L);
  }

  @Test
  void aChainWhollyDeletedIsCaughtThroughTheHead() {
    AuditChainHead head = newHead();
    append(head, N);

    AuditChainCheck check = check(List.of(), head);
    assertThat(check.isValid()).isFalse();
    assertThat(check.firstBroken()).isEqualTo(1L);
  }

  @Test
  void aHeadThatDoesNotPointAtTheLastEventIsCaught() {
    AuditChainHead head = newHead();
    List<AuditEvent> events = append(head, N);

    set(head, "lastHash", events.get(N - 2).getHash());

    assertThat(check(events, head).firstBroken()).isEqualTo(N + 1L);
  }

  @Test
  void withoutTheHeadTheDeletedLastEventWouldGoUnnoticed() {
    // documents why acceptHead exists: the events alone cannot show a missing tail
    AuditChainHead head = newHead();
    List<AuditEvent> events = new ArrayList<>(append(head, N));
    events.remove(N - 1);

    AuditChainCheck eventsOnly = new AuditChainCheck(KEY);
    events.forEach(eventsOnly::accept);

    assertThat(eventsOnly.isValid()).isTrue();
    eventsOnly.acceptHead(head);
    assertThat(eventsOnly.isValid()).isFalse();
  }

  @ParameterizedTest(name = "swap {0} and {0}+1")
  @ValueSource(ints = {1, 4, 9})
  void reorderedEventsBreakTheChain(int k) {
    AuditChainHead head = newHead();
    List<AuditEvent> events = new ArrayList<>(append(head, N));

    Collections.swap(events, k - 1, k);

    AuditChainCheck check = check(events, head);
    assertThat(check.isValid()).isFalse();
    // position k now holds event k+1
    assertThat(check.firstBroken()).isEqualTo(k + 1L);
  }

  @ParameterizedTest(name = "event {0}")
  @ValueSource(ints = {1, 3, 10})
  void eventsRenumberedToSwapPlacesBreakTheChainAtTheFirstOfThem(int k) {
    AuditChainHead head = newHead();
    List<AuditEvent> events = new ArrayList<>(append(head, N + 1));
    AuditEvent a = events.get(k - 1);
    AuditEvent b = events.get(k);

    // swap their positions in the table: each keeps its hash but takes the other's seq
    set(a, "seq", (long) k + 1);
    set(b, "seq", (long) k);
    Collections.swap(events, k - 1, k);

    assertThat(check(events, head).firstBroken()).isEqualTo(k);
  }

  @ParameterizedTest(name = "after event {0}")
  @ValueSource(ints = {0, 3, 9})
  void anInsertedEventBreaksTheChain(int k) {
    AuditChainHead head = newHead();
    List<AuditEvent> events = new ArrayList<>(append(head, N));
    String prev = k == 0 ? GENESIS : events.get(k - 1).getHash();

    // a forged event that links correctly to event k and takes the next position
    AuditEvent forged =
        new AuditEvent(k + 1, START.plusHours(1), withActorAndAction("intruder", "X"), prev, KEY);
    events.add(k, forged);

    AuditChainCheck check = check(events, head);
    assertThat(check.isValid()).isFalse();
    // the forged event is self-consistent; the genuine event that followed no longer fits
    assertThat(check.firstBroken()).isEqualTo(k + 1L);
  }

  @ParameterizedTest(name = "after event {0}")
  @ValueSource(ints = {2, 6})
  void anInsertedEventWithTheFollowingRenumberedBreaksTheChainAfterIt(int k) {
    AuditChainHead head = newHead();
    List<AuditEvent> events = new ArrayList<>(append(head, N));
    AuditEvent forged =
        new AuditEvent(
            k + 1,
            START.plusHours(1),
            withActorAndAction("intruder", "X"),
            events.get(k - 1).getHash(),
            KEY);

    for (int i = k; i < N; i++) {
      set(events.get(i), "seq", events.get(i).getSeq() + 1);
    }
    events.add(k, forged);

    AuditChainCheck check = check(events, head);
    assertThat(check.isValid()).isFalse();
    // the genuine event now at k+2 neither hashes nor links any more
    assertThat(check.firstBroken()).isEqualTo(k + 2L);
  }

  @Test
  void aDuplicatedEventBreaksTheChain() {
    AuditChainHead head = newHead();
    List<AuditEvent> events = new ArrayList<>(append(head, N));

    events.add(5, events.get(4)); // event 5 twice

    assertThat(check(events, head).firstBroken()).isEqualTo(5L);
  }

  @Test
  void onlyTheFirstBreakIsReported() {
    AuditChainHead head = newHead();
    List<AuditEvent> events = new ArrayList<>(append(head, N));

    set(events.get(2), "actor", "x");
    set(events.get(6), "actor", "y");
    events.remove(N - 1);

    AuditChainCheck check = check(events, head);
    assertThat(check.firstBroken()).isEqualTo(3L);
    assertThat(check.checked()).isEqualTo(N - 1);
  }

  @Test
  void aChainAppendedInTwoSessionsChecksAsOne() {
    AuditChainHead head = newHead();
    List<AuditEvent> events = new ArrayList<>(append(head, 4));
    for (int i = 5; i <= 8; i++) {
      events.add(head.append(record(i), START.plusDays(1).plusMinutes(i), KEY));
    }

    AuditChainCheck check = check(events, head);
    assertThat(check.isValid()).isTrue();
    assertThat(check.checked()).isEqualTo(8);
    assertThat(events)
        .extracting(AuditEvent::getSeq)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
  }

  // ---------------------------------------------------------------- the key

  @Test
  void aChainCheckedWithAnotherKeyIsBrokenAtItsFirstEvent() {
    AuditChainHead head = newHead();
    List<AuditEvent> events = append(head, N);
    AuditChainCheck check = new AuditChainCheck(AuditKey.of("someone else's audit key"));
    events.forEach(check::accept);
    assertThat(check.isValid()).isFalse();
    assertThat(check.firstBroken()).isEqualTo(1L);
  }

  @Test
  void anEventForgedWithoutTheKeyIsCaughtEvenWithTheHeadMoved() {
    AuditChainHead head = newHead();
    List<AuditEvent> events = new ArrayList<>(append(head, N));
    AuditKey forger = AuditKey.DEVELOPMENT;
    AuditEvent forged = events.get(N - 1);
    AuditChainHead forgedHead = newHead();
    set(forgedHead, "lastSeq", (long) N);
    set(forgedHead, "lastHash", forged.getHash());
    AuditEvent inserted = forgedHead.append(record(99), START.plusDays(2), forger);
    events.add(inserted);
    AuditChainCheck check = AuditChainFixture.check(events, forgedHead);
    assertThat(check.isValid()).isFalse();
    assertThat(check.firstBroken()).isEqualTo(N + 1L);
  }

  @Test
  void theSameEventUnderTwoKeysHashesDifferently() {
    AuditEvent a = newHead().append(record(1), START, KEY);
    AuditEvent b = newHead().append(record(1), START, AuditKey.of("another key, 16 chars or more"));
    assertThat(a.getHash()).isNotEqualTo(b.getHash());
    assertThat(a.isIntactAfter(GENESIS, KEY)).isTrue();
    assertThat(b.isIntactAfter(GENESIS, KEY)).isFalse();
  }

  @Test
  void noConfiguredKeyMeansTheDevelopmentKeyAndAShortKeyIsRefused() {
    assertThat(AuditKey.of(null)).isSameAs(AuditKey.DEVELOPMENT);
    assertThat(AuditKey.of("  ")).isSameAs(AuditKey.DEVELOPMENT);
    assertThat(AuditKey.of("a proper secret key").isDevelopment()).isFalse();
    assertThatThrownBy(() -> AuditKey.of("too short")).isInstanceOf(IllegalArgumentException.class);
  }
}
