package org.shield.hq;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The scope fingerprint of one user's need-to-know (ADR 0019) for any cursor: SHA-256 over
 * {@link NeedToKnow#scopeHeader()} and then, for each related case that first reached HQ at or before the cursor and
 * on which some deciding permission is held, {@code case:bits;}, in order of first position, then case id.
 *
 * <p>That order makes the text for a cursor a prefix of the text for any later cursor, so the digest is carried
 * forward: the state after the longest prefix hashed so far (and a few others) is kept, and a page hashes only the
 * cases that first reached HQ between its cursor and the nearest kept one. The fingerprint still covers every case
 * up to the cursor: it differs whenever the relations differ, because a change of relations makes a new instance.
 * Immutable data, thread-safe.
 */
final class ScopeFingerprint {
    private static final int KEPT_STATES = 16;

    private final byte[] header;
    /** The entries {@code case:bits;} one after the other, in order. */
    private final byte[] body;
    /** The first position of each entry, ascending. */
    private final long[] firstPos;
    /** Where each entry ends in {@link #body}. */
    private final int[] end;
    /** Digest states by the number of body bytes they have taken in (the header always). */
    private final TreeMap<Integer, MessageDigest> states = new TreeMap<>();
    /** The fingerprints already answered, by the same number of body bytes (a subset of {@link #states}' keys). */
    private final Map<Integer, String> answers = new java.util.HashMap<>();

    ScopeFingerprint(NeedToKnow ntk, Map<UUID, Long> firstPositions) {
        record Entry(UUID caseId, long firstPos, String bits) {
        }
        List<Entry> entries = new ArrayList<>();
        for (UUID c : ntk.relatedCases()) {
            String bits = ntk.decidingBits(c);
            if (bits != null) {
                entries.add(new Entry(c, firstPositions.getOrDefault(c, 0L), bits));
            }
        }
        entries.sort(Comparator.comparingLong(Entry::firstPos).thenComparing(Entry::caseId));
        StringBuilder b = new StringBuilder(entries.size() * 48);
        firstPos = new long[entries.size()];
        end = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            b.append(e.caseId()).append(':').append(e.bits()).append(';'); // ASCII only: chars are bytes
            firstPos[i] = e.firstPos();
            end[i] = b.length();
        }
        body = b.toString().getBytes(StandardCharsets.US_ASCII);
        header = ntk.scopeHeader().getBytes(StandardCharsets.UTF_8);
    }

    /** The number of related cases it covers at most (for the size of a cache). */
    int size() {
        return firstPos.length;
    }

    /** The fingerprint for a device whose cursor is {@code cursor}. */
    synchronized String at(long cursor) {
        int n = upperBound(cursor);
        int length = n == 0 ? 0 : end[n - 1];
        String known = answers.get(length);
        if (known != null) {
            return known;
        }
        Map.Entry<Integer, MessageDigest> from = states.floorEntry(length);
        MessageDigest md;
        int done;
        if (from == null) {
            md = sha256();
            md.update(header);
            done = 0;
        } else {
            md = copy(from.getValue());
            done = from.getKey();
        }
        md.update(body, done, length - done);
        states.put(length, copy(md));
        String answer = HexFormat.of().formatHex(md.digest());
        answers.put(length, answer);
        while (states.size() > KEPT_STATES) {
            answers.remove(states.firstKey());
            states.remove(states.firstKey()); // the devices of one user move forward: keep the furthest states
        }
        return answer;
    }

    /** The number of entries with a first position at or before the cursor. */
    private int upperBound(long cursor) {
        int i = Arrays.binarySearch(firstPos, cursor);
        if (i < 0) {
            return -i - 1;
        }
        while (i < firstPos.length && firstPos[i] == cursor) {
            i++;
        }
        return i;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest copy(MessageDigest md) {
        try {
            return (MessageDigest) md.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e); // the JDK's SHA-256 is cloneable
        }
    }
}
