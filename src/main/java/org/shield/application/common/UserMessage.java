package org.shield.application.common;

import java.util.Arrays;
import java.util.Objects;

/**
 * A message for a person, as a bundle key plus arguments; the UI and CLI translate it. Arguments are
 * ids, counts and codes, never personal data.
 */
public record UserMessage(String key, Object... args) {
    public UserMessage {
        Objects.requireNonNull(key, "key");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserMessage m && m.key.equals(key) && Arrays.equals(m.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
