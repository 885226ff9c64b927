package org.shield.application.sync;

import java.util.Locale;

/**
 * A hybrid logical clock reading (ADR 0019): physical milliseconds and a counter for events in the same or an
 * earlier millisecond. Its text, {@code 0001764730000000-00003}, sorts as the clock does. It orders history only;
 * it never decides a merge.
 */
public record Hlc(long millis, int counter) implements Comparable<Hlc> {
    public static final Hlc ZERO = new Hlc(0, 0);

    /** The next reading for a local event at physical time {@code now}. */
    public Hlc tick(long now) {
        return now > millis ? new Hlc(now, 0) : new Hlc(millis, counter + 1);
    }

    /** The next reading on receiving {@code remote} at physical time {@code now}. */
    public Hlc receive(Hlc remote, long now) {
        long m = Math.max(Math.max(millis, remote.millis), now);
        int c;
        if (m == millis && m == remote.millis) {
            c = Math.max(counter, remote.counter) + 1;
        } else if (m == millis) {
            c = counter + 1;
        } else if (m == remote.millis) {
            c = remote.counter + 1;
        } else {
            c = 0;
        }
        return new Hlc(m, c);
    }

    /** Parses the text of {@link #toString()}; anything else is {@link IllegalArgumentException}. */
    public static Hlc parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no clock reading");
        }
        int dash = text.indexOf('-');
        if (dash < 1) {
            throw new IllegalArgumentException("not a clock reading");
        }
        try {
            long m = Long.parseLong(text.substring(0, dash));
            int c = Integer.parseInt(text.substring(dash + 1));
            if (m < 0 || c < 0) {
                throw new IllegalArgumentException("not a clock reading");
            }
            return new Hlc(m, c);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a clock reading", e);
        }
    }

    @Override
    public int compareTo(Hlc o) {
        int m = Long.compare(millis, o.millis);
        return m != 0 ? m : Integer.compare(counter, o.counter);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%016d-%05d", millis, counter);
    }
}
