package org.shield.infra.vault;

/**
 * Argon2id cost parameters, stored beside each salt so they can be raised later without locking
 * anyone out. {@link #DEFAULT} takes about 0.5 s on the project machine (2 cores) (see
 * docs/BENCHMARKS.md); {@link #FAST} exists only so automated tests need not wait, selected by the
 * system property {@code shield.kdf=fast}.
 */
public record Argon2Params(int memoryKiB, int iterations, int parallelism) {
    public static final Argon2Params DEFAULT = new Argon2Params(128 * 1024, 3, 1);
    public static final Argon2Params FAST = new Argon2Params(1024, 1, 1);

    public static Argon2Params fromSystem() {
        return "fast".equals(System.getProperty("shield.kdf")) ? FAST : DEFAULT;
    }
}
