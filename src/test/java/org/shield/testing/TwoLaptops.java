package org.shield.testing;

import java.net.URI;
import java.nio.file.Path;
import org.shield.application.security.Workspace;
import org.shield.domain.security.Role;

/**
 * HQ in this JVM and two enrolled laptops, supervisors {@code sup.a} and {@code sup.b} of unit {@link #UNIT}, talking
 * to HQ over loopback HTTP, straight or through a {@link FaultProxy}. Closes all of them. Synthetic data only.
 */
public final class TwoLaptops implements AutoCloseable {
    public static final String UNIT = "TST";
    private final HqInProcess hq;
    private final FaultProxy proxy;
    private Workspace a;
    private Workspace b;

    private TwoLaptops(Path dir, boolean throughProxy) throws Exception {
        hq = new HqInProcess();
        try {
            proxy = throughProxy ? new FaultProxy(hq.url()) : null;
            URI url = proxy == null ? hq.url() : proxy.url();
            a = hq.laptop(TestVaults.vaults(), url, dir.resolve("laptop-a"), "sup.a", Role.Supervisor, UNIT);
            b = hq.laptop(TestVaults.vaults(), url, dir.resolve("laptop-b"), "sup.b", Role.Supervisor, UNIT);
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    /** Both laptops talk to HQ straight. */
    public static TwoLaptops start(Path dir) throws Exception {
        return new TwoLaptops(dir, false);
    }

    /** Both laptops talk to HQ through one {@link FaultProxy}, which records their requests. */
    public static TwoLaptops throughProxy(Path dir) throws Exception {
        return new TwoLaptops(dir, true);
    }

    public HqInProcess hq() {
        return hq;
    }

    public Workspace a() {
        return a;
    }

    public Workspace b() {
        return b;
    }

    public FaultProxy proxy() {
        return proxy;
    }

    @Override
    public void close() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        hq.close();
    }
}
