package org.shield.hq;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shield.application.common.ApplicationException;
import org.shield.application.sync.FeedRecord;

/**
 * Turns a scanned page of HQ's records into what one device receives (ADR 0019, {@link SyncScope},
 * {@link NeedToKnow}): records of cases the user may read under the table's permission, persons as the user may
 * see them (a protected person without identifying columns to who may not reveal them), unit policies of the
 * user's unit. A case record that names a person the user may not see is withheld too, so nothing on the laptop
 * points at a person it does not hold. With a party row go its person's records, whatever their position: a
 * person becomes visible when they become a party.
 */
final class FeedFilter {
    private final HqStore store;
    private final NeedToKnow ntk;

    FeedFilter(HqStore store, NeedToKnow ntk) {
        this.store = store;
        this.ntk = ntk;
    }

    List<FeedRecord> filter(List<HqStore.FeedRow> rows) throws ApplicationException {
        List<HqStore.FeedRow> candidates = new ArrayList<>();
        for (HqStore.FeedRow r : rows) {
            SyncScope.Rule rule = SyncScope.rule(r.table());
            boolean maybe = switch (rule.kind()) {
                case CASE -> ntk.allows(r.caseId(), rule.permission());
                case PERSON, PERSON_PART -> r.personId() != null;
                case UNIT -> true;
                case ANYWHERE -> ntk.holdsAnywhere(rule.permission());
                case NEVER -> false;
            };
            if (maybe) {
                candidates.add(r);
            }
        }
        Map<String, Map<String, String>> fields = store.fields(candidates);
        Set<UUID> companions = new HashSet<>();
        for (HqStore.FeedRow r : candidates) {
            if ("case_party".equals(r.table())) {
                UUID p = PushCodec.uuid(fields.getOrDefault(r.id(), Map.of()).get("person_id"));
                if (p != null) {
                    companions.add(p);
                }
            }
        }
        List<HqStore.FeedRow> all = new ArrayList<>();
        if (!companions.isEmpty()) {
            List<HqStore.FeedRow> extra = store.recordsOfPersons(companions);
            fields.putAll(store.fields(extra));
            all.addAll(extra);
        }
        all.addAll(candidates);
        Set<UUID> persons = new HashSet<>();
        for (HqStore.FeedRow r : all) {
            if (r.personId() != null) {
                persons.add(r.personId());
            }
            UUID named = PushCodec.uuid(fields.getOrDefault(r.id(), Map.of()).get("person_id"));
            if (named != null) {
                persons.add(named);
            }
        }
        Map<UUID, String> pseudonyms = store.pseudonyms(persons);
        Map<UUID, List<HqStore.Party>> parties = store.parties(persons);
        Map<UUID, NeedToKnow.Grant> grants = new LinkedHashMap<>();
        for (UUID p : persons) {
            grants.put(p, ntk.person(pseudonyms.containsKey(p), parties.getOrDefault(p, List.of())));
        }
        Map<String, List<String>> conflicts = store.conflictColumns(all);
        Map<String, FeedRecord> out = new LinkedHashMap<>();
        for (HqStore.FeedRow r : all) {
            Map<String, String> f = fields.getOrDefault(r.id(), Map.of());
            SyncScope.Rule rule = SyncScope.rule(r.table());
            NeedToKnow.Grant personGrant = r.personId() == null ? NeedToKnow.Grant.NONE
                    : grants.getOrDefault(r.personId(), NeedToKnow.Grant.NONE);
            UUID named = PushCodec.uuid(f.get("person_id"));
            boolean namedVisible = named == null || grants.getOrDefault(named, NeedToKnow.Grant.NONE)
                    != NeedToKnow.Grant.NONE;
            Map<String, String> sent = f;
            boolean send = switch (rule.kind()) {
                case CASE -> namedVisible && (!"case_party".equals(r.table())
                        || ntk.party(r.caseId(), PushCodec.unquote(f.get("referred_to"))));
                case ANYWHERE -> namedVisible;
                case PERSON -> personGrant != NeedToKnow.Grant.NONE;
                case PERSON_PART -> personGrant == NeedToKnow.Grant.FULL;
                case UNIT -> ntk.unit().equals(PushCodec.unquote(f.get("unit_code")));
                case NEVER -> false;
            };
            if (rule.kind() == SyncScope.Kind.PERSON && personGrant == NeedToKnow.Grant.WITHOUT_IDENTITY) {
                sent = new LinkedHashMap<>(f);
                for (String col : SyncScope.IDENTIFYING) {
                    sent.put(col, null); // cleared on a laptop that held them before its user lost the right
                }
            }
            if ("exhibit".equals(r.table()) && (sent.containsKey("blob_id") || sent.containsKey("wrapped_key"))) {
                // where one vault keeps the content, under its own key (pushed before ADR 0019's content slice)
                sent = new LinkedHashMap<>(sent);
                sent.remove("blob_id");
                sent.remove("wrapped_key");
            }
            if (send) {
                out.put(r.id(), new FeedRecord(r.table(), r.rowKey(), r.deleted(), sent,
                        conflicts.getOrDefault(r.id(), List.of())));
            }
        }
        return new ArrayList<>(out.values());
    }
}
