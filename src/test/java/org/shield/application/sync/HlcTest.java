package org.shield.application.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HlcTest {
    @Test
    void aLocalEventMovesWithThePhysicalClockOrCountsWhenItStandsStillOrGoesBack() {
        Hlc h = Hlc.ZERO.tick(1000);
        assertThat(h).isEqualTo(new Hlc(1000, 0));
        assertThat(h.tick(1000)).isEqualTo(new Hlc(1000, 1));
        assertThat(h.tick(900)).as("a clock set back does not move the reading back").isEqualTo(new Hlc(1000, 1));
        assertThat(h.tick(1001)).isEqualTo(new Hlc(1001, 0));
    }

    @Test
    void receivingTakesTheLatestOfTheThreeAndStaysAfterBoth() {
        Hlc local = new Hlc(1000, 3);
        Hlc remote = new Hlc(2000, 5);

        assertThat(local.receive(remote, 1500)).isEqualTo(new Hlc(2000, 6));
        assertThat(local.receive(remote, 2500)).isEqualTo(new Hlc(2500, 0));
        assertThat(local.receive(new Hlc(1000, 7), 900)).isEqualTo(new Hlc(1000, 8));
        assertThat(local.receive(new Hlc(10, 0), 900)).isEqualTo(new Hlc(1000, 4));
    }

    @Test
    void itsTextSortsAsTheClockAndReadsBack() {
        Hlc a = new Hlc(999, 12);
        Hlc b = new Hlc(1000, 0);

        assertThat(a.toString().compareTo(b.toString())).isNegative();
        assertThat(Hlc.parse(b.toString())).isEqualTo(b);
        assertThatThrownBy(() -> Hlc.parse("yesterday")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hlc.parse("-5-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
