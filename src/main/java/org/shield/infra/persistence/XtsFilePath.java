package org.shield.infra.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's file system for vault files: {@code shieldxts:TOKEN:<path>} opens {@code <path>} through an
 * {@link XtsFileChannel} (H2's encrypted format, the JDK's AES; ADR 0022). The token names a password held in this
 * JVM's memory only ({@link #remember}), so no key material is in a JDBC URL or in a database name that H2 may put in
 * a message. Files H2 makes beside the database (the compaction's temporary file, large results) get the same
 * prefix and so the same encryption.
 */
public final class XtsFilePath extends FilePathWrapper {

    static final String SCHEME = "shieldxts";
    private static final Map<String, byte[]> PASSWORDS = new ConcurrentHashMap<>();
    private static final Map<String, XtsFileChannel> OPEN = new ConcurrentHashMap<>();

    static {
        FilePath.register(new XtsFilePath());
    }

    /** For H2, which makes instances by reflection; use {@link #prefix}. */
    public XtsFilePath() {
        // no state: the name and the base are set by FilePathWrapper
    }

    /** Keeps {@code password} (H2's file password bytes) under {@code token}; returns the prefix for H2 paths. */
    static String remember(String token, byte[] password) {
        if (token.isEmpty() || token.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a token is a non-empty word");
        }
        PASSWORDS.put(token, password.clone());
        return prefix(token);
    }

    /** Forgets the password kept under {@code token}: files not yet opened with it cannot be. */
    static void forget(String token) {
        byte[] p = PASSWORDS.remove(token);
        if (p != null) {
            java.util.Arrays.fill(p, (byte) 0);
        }
    }

    static String prefix(String token) {
        return SCHEME + ":" + token + ":";
    }

    /**
     * Copies the file's bytes as they are on disk (encrypted) to {@code out}, through H2's own open channel when H2
     * holds the file (a second channel could not read a file locked on some systems), else from the file. What
     * H2's {@code BACKUP TO} does for a file it encrypts itself; through this file system it would copy plaintext.
     */
    static long copyEncrypted(String token, java.nio.file.Path file, OutputStream out) throws IOException {
        XtsFileChannel open = OPEN.get(prefix(token) + file);
        if (open == null && java.nio.file.Files.exists(file)) {
            open = OPEN.get(prefix(token) + file.toRealPath());
        }
        if (open != null && open.isOpen()) {
            try {
                return open.copyEncrypted(out);
            } catch (java.nio.channels.ClosedChannelException closedMeanwhile) {
                // H2 closed it between the two lines: read the file itself below
            }
        }
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return in.transferTo(out);
        }
    }

    static void closed(XtsFileChannel channel) {
        OPEN.remove(channel.name(), channel);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    protected String getPrefix() {
        return prefix(token(name));
    }

    @Override
    protected FilePath unwrap(String fileName) {
        return FilePath.get(fileName.substring(prefix(token(fileName)).length()));
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        byte[] password = PASSWORDS.get(token(name));
        if (password == null) {
            throw new IOException("the vault file's key is not loaded");
        }
        XtsFileChannel channel = new XtsFileChannel(name, password.clone(), getBase().open(mode));
        if (!"r".equals(mode)) {
            OPEN.put(name, channel);
        }
        return channel;
    }

    @Override
    public long size() {
        return XtsFileChannel.contentSize(getBase().size());
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        FileChannel channel = open("rw");
        if (append) {
            channel.position(channel.size());
        } else {
            channel.truncate(0);
        }
        return Channels.newOutputStream(channel);
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return Channels.newInputStream(open("r"));
    }

    private static String token(String fileName) {
        int a = SCHEME.length() + 1;
        int b = fileName.indexOf(':', a);
        if (!fileName.startsWith(SCHEME + ":") || b < 0) {
            throw new IllegalArgumentException("not a vault file name");
        }
        return fileName.substring(a, b);
    }
}
