package org.shield.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.security.Role;
import org.shield.testing.InProcessCli;
import org.shield.testing.TestVaults;

/** {@code task list}: a caseworker's overdue work from the command line, the victim by pseudonym only. */
class TaskCliIT {
    private static final String PASS = "synthetic task cli passphrase 2";

    @TempDir
    Path tmp;

    @Test
    void aCaseworkerListsTheirOverdueTasksAsJson() throws Exception {
        Path vault = tmp.resolve("vault");
        try (Workspace admin = TestVaults.create(vault)) {
            admin.users().add("task-cw", "TST", Set.of(Role.Caseworker), PASS.toCharArray(), false);
            var c = admin.cases().create(CreateCaseCommand.titled("DEMO task case"));
            var victim = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Taskcli Victim")).id();
            var party = admin.cases().addParty(new AddPartyCommand(c.id(), victim, PartyRole.Victim, null, null));
            admin.cases().referParty(party.partyId(), "task-cw");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            admin.care().addTask(c.id(), victim, "DEMO overdue follow-up", today.minusDays(2), "task-cw");
            admin.care().addTask(c.id(), victim, "DEMO later follow-up", today.plusDays(30), "task-cw");
        }
        var run = InProcessCli.run(tmp, Map.of("SHIELD_PASSPHRASE", PASS), "--vault", vault.toString(), "--user",
                "task-cw", "task", "list", "--overdue", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(run.out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("title").asText()).isEqualTo("DEMO overdue follow-up");
        assertThat(list.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(list.get(0).get("person").asText()).startsWith("V-");
        assertThat(run.out()).doesNotContain("Demo-Taskcli");
    }
}
