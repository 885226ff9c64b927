package org.shield.infra.persistence;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shield.application.sync.DeviceEnrolment;
import org.shield.application.sync.EnrolmentStore;

/** The enrolment as {@code sync.*} rows of {@code vault_meta}, inside the encrypted H2 file. */
public final class MetaEnrolmentStore implements EnrolmentStore {
    private static final String PREFIX = "sync.";
    private static final List<String> KEYS = List.of("hq", "deviceId", "token", "userName", "role", "unitCode",
            "enrolledAt");
    private final SessionContext context;

    MetaEnrolmentStore(SessionContext context) {
        this.context = context;
    }

    @Override
    public Optional<DeviceEnrolment> current() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = context.current().createNativeQuery(
                "select meta_key, meta_value from vault_meta where meta_key like 'sync.%'", Object[].class)
                .getResultList();
        Map<String, String> m = rows.stream().collect(Collectors.toMap(r -> ((String) r[0]).substring(PREFIX.length()),
                r -> (String) r[1]));
        if (!m.keySet().containsAll(KEYS)) {
            return Optional.empty();
        }
        return Optional.of(new DeviceEnrolment(URI.create(m.get("hq")), UUID.fromString(m.get("deviceId")),
                m.get("token"), m.get("userName"), m.get("role"), m.get("unitCode"), Instant.parse(m.get("enrolledAt")),
                m.get("pin")));
    }

    @Override
    public void save(DeviceEnrolment e) {
        var s = context.current();
        s.createNativeMutationQuery("delete from vault_meta where meta_key like 'sync.%'").executeUpdate();
        Map<String, String> values = new java.util.HashMap<>(Map.of("hq", e.hq().toString(), "deviceId",
                e.deviceId().toString(), "token", e.token(), "userName", e.userName(), "role", e.role(), "unitCode",
                e.unitCode(), "enrolledAt", e.enrolledAt().toString()));
        List<String> keys = new java.util.ArrayList<>(KEYS);
        if (e.pin() != null) {
            values.put("pin", e.pin());
            keys.add("pin");
        }
        for (String k : keys) {
            s.createNativeMutationQuery("insert into vault_meta (meta_key, meta_value) values (:k, :v)")
                    .setParameter("k", PREFIX + k).setParameter("v", values.get(k)).executeUpdate();
        }
    }
}
