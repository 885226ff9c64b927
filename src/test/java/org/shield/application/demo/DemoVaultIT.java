package org.shield.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseSummary;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;
import org.shield.domain.interview.InterviewState;
import org.shield.testing.TestVaults;

/** The built-in demo vault opens with cases, interviews and exhibits whose integrity and trail check out. */
class DemoVaultIT {
    @TempDir
    Path dir;

    @Test
    void theDemoVaultHasInterviewsAndExhibitsThatVerify() throws Exception {
        VaultService vaults = TestVaults.vaults();
        new DemoVault(vaults).ensure(dir.resolve("demo"), ProgressListener.NONE, new CancellationToken());
        try (Workspace ws = vaults.unlock(dir.resolve("demo"), DemoVault.SUPERVISOR,
                DemoVault.PASSPHRASE.toCharArray())) {
            List<CaseSummary> all = ws.cases().list(CaseQuery.all());
            assertThat(all).hasSize(DemoVault.CASES);
            long withExhibits = 0;
            long signedOff = 0;
            for (CaseSummary c : all) {
                withExhibits += ws.evidence().list(c.id()).isEmpty() ? 0 : 1;
                signedOff += ws.interviews().list(c.id()).stream()
                        .filter(i -> i.state() == InterviewState.SignedOff).count();
            }
            assertThat(withExhibits).isEqualTo(DemoDataService.WITH_EVIDENCE);
            assertThat(signedOff).isPositive();
            assertThat(ws.evidence().verify(null, ProgressListener.NONE, new CancellationToken()).allIntact()).isTrue();
            assertThat(ws.victims().list(null)).extracting(v -> v.stage()).contains(
                    org.shield.domain.care.VictimStage.NotScreened, org.shield.domain.care.VictimStage.Screened,
                    org.shield.domain.care.VictimStage.InReflection, org.shield.domain.care.VictimStage.InCare,
                    org.shield.domain.care.VictimStage.Returning, org.shield.domain.care.VictimStage.FollowUp);
            assertThat(ws.victims().list(null)).anyMatch(v -> v.overdueTasks() > 0);
            assertThat(ws.audit().verify(false, ProgressListener.NONE, new CancellationToken()).intact()).isTrue();
        }
    }
}
