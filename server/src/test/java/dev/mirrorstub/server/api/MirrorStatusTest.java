package dev.mirrorstub.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.generated.model.MirrorTopicStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The domain's states are the spec's {@code MirrorTopicStatus}, value for value and in order: the
 * views convert by name, so a value added to (or dropped from) the spec fails here, not as a 500.
 */
class MirrorStatusTest {

  @Test
  void domainStatuses_areTheSpecsValuesAsTheSpecSpellsThem() {
    assertEquals(Arrays.stream(MirrorTopicStatus.values()).map(MirrorTopicStatus::toString).toList(),
        Arrays.stream(MirrorStatus.values()).map(MirrorStatus::name).toList());
  }

  @Test
  void status_everySpecValue_convertsToTheDomainsAndBack() {
    for (MirrorTopicStatus status : MirrorTopicStatus.values()) {
      assertEquals(status, MirrorTopicStatus.valueOf(MirrorViews.status(status).name()));
    }
  }
}
