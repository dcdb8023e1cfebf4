package dev.mirrorstub.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The orders in which the one-server replays send the examples: as given, reversed, and shuffled with
 * {@code -Dcontract.order.seed} (a new seed per run otherwise; the seed is in the test's name so that a
 * failing order can be replayed).
 */
final class ReplayOrders {

  private ReplayOrders() {
  }

  static Stream<Arguments> givenReversedShuffled(String given, List<Case> cases) {
    List<Case> reversed = new ArrayList<>(cases);
    Collections.reverse(reversed);
    long seed = Long.getLong("contract.order.seed", System.nanoTime());
    List<Case> shuffled = new ArrayList<>(cases);
    Collections.shuffle(shuffled, new Random(seed));
    return Stream.of(
        Arguments.of(given, cases),
        Arguments.of("reversed", reversed),
        Arguments.of("shuffled, -Dcontract.order.seed=" + seed, shuffled));
  }
}
