package org.shield.infra.evidence;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.evidence.StoredContent;
import org.shield.application.security.DataKey;

/**
 * Child-process main for {@link EvidenceIntakeMemoryIT}: stores one file with a throwaway data key and prints
 * {@code sha256 <hex>} and {@code heapPeakMiB <n>}. Run with a small {@code -Xmx} to show memory stays flat.
 */
public final class IntakeProbe {
    private IntakeProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path vault = Path.of(args[0]);
        Path source = Path.of(args[1]);
        byte[] k = new byte[DataKey.LENGTH];
        new SecureRandom().nextBytes(k);
        TinkEvidenceStore store = new TinkEvidenceStore(vault, new DataKey(k));
        StoredContent c = store.store(source, false, ProgressListener.NONE, new CancellationToken());
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("size " + c.sizeBytes());
        System.out.println("sha256 " + c.hashes().sha256());
        System.out.println("heapPeakMiB " + (peak >> 20));
    }
}
