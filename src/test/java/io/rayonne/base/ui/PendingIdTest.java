package io.rayonne.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PendingIdTest {

    private final AtomicInteger drawn = new AtomicInteger();

    private String draw() {
        return "id-" + drawn.incrementAndGet();
    }

    @Test
    void triesAgainBeforeAnAnswerKeepTheFirstTrysId() {
        PendingId id = new PendingId();

        assertThat(id.get(this::draw)).isEqualTo("id-1");
        assertThat(id.get(this::draw)).isEqualTo("id-1");
        assertThat(drawn).hasValue(1);
    }

    @Test
    void onceATryIsAnsweredTheNextCreationHasItsOwnId() {
        PendingId id = new PendingId();
        id.get(this::draw);

        id.answered();

        assertThat(id.get(this::draw)).isEqualTo("id-2");
    }
}
