package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.IntegrityResult;
import org.shield.application.evidence.RecordCustodyCommand;
import org.shield.application.evidence.RelabelExhibitCommand;
import org.shield.application.evidence.StoredContent;
import org.shield.application.interview.InterviewDetails;
import org.shield.application.interview.SaveInterviewCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.DataKey;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.ConsentAnswer;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.Statement;
import org.shield.infra.evidence.TinkEvidenceStore;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.FileVaultKeyStore;
import org.shield.testing.TestVaults;

/**
 * Someone with the data key edits the database directly (SQL, no app): the evidence checks must still
 * notice, because they compare with the signed audit trail, not only with the rows that were edited.
 */
class EvidenceTamperIT {
    @TempDir
    Path tmp;
    Path vault;
    UUID caseId;
    ExhibitDetails kept;
    ExhibitDetails target;
    UUID interviewId;

    @BeforeEach
    void aCaseWithExhibitsAndASignedInterview() throws Exception {
        vault = tmp.resolve("vault");
        try (Workspace ws = TestVaults.create(vault)) {
            caseId = ws.cases().create(CreateCaseCommand.titled("DEMO tamper evidence case")).id();
            kept = add(ws, "kept.txt", "DEMO kept content");
            target = add(ws, "target.txt", "DEMO target content");
            ws.evidence().recordCustody(new RecordCustodyCommand(target.id(), CustodyAction.Sealed, null, null,
                    "DEMO room", "DEMO sealing", "DEMO shelf", false), ProgressListener.NONE, new CancellationToken());
            UUID person = ws.persons().save(SavePersonCommand.newPerson(null, "Demo-Tamper Witness")).id();
            ws.cases().addParty(new AddPartyCommand(caseId, person, PartyRole.Complainant, null, null));
            InterviewDetails i = ws.interviews().save(new SaveInterviewCommand(null, 0, caseId, person,
                    InterviewKind.Witness, new InterviewConditions(LocalDate.of(2026, 11, 1), null, null, null, null,
                    null, null, null, false, null, null), new Consent(ConsentAnswer.Yes, null, null, null, null, null,
                    null, null, null), new Statement("th", "DEMO what was said", null, null, null), 0));
            interviewId = ws.interviews().signOff(i.id(), i.version()).id();
        }
    }

    private ExhibitDetails add(Workspace ws, String name, String content) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, content);
        return ws.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Digital, null, "DEMO " + name,
                ExhibitSource.NONE, null, ExhibitFlags.NONE, null, null, null, null, f, false), ProgressListener.NONE,
                new CancellationToken());
    }

    private DataKey key() throws Exception {
        return new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC()).unwrap(vault, TestVaults.ADMIN,
                TestVaults.PASSPHRASE.toCharArray());
    }

    private void sql(String statement, Object... args) throws Exception {
        try (VaultDatabase db = VaultDatabase.open(vault, key(), true);
             Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            assertThat(ps.executeUpdate()).isPositive();
        }
    }

    private java.util.List<IntegrityResult> failures() throws Exception {
        try (Workspace ws = TestVaults.unlock(vault)) {
            return ws.evidence().verify(caseId, ProgressListener.NONE, new CancellationToken()).failures();
        }
    }

    @Test
    void untouchedEvidenceVerifies() throws Exception {
        assertThat(failures()).isEmpty();
    }

    @Test
    void contentSwappedTogetherWithItsRecordedHashIsCaughtByTheTrail() throws Exception {
        Path other = tmp.resolve("other.txt");
        Files.writeString(other, "DEMO forged content");
        StoredContent forged = new TinkEvidenceStore(vault, key()).store(other, false, ProgressListener.NONE,
                new CancellationToken());
        sql("update exhibit set blob_id = ?, wrapped_key = ?, sha256 = ?, size_bytes = ? where id = ?",
                forged.blobId(), forged.wrappedKey(), forged.hashes().sha256(), forged.sizeBytes(), target.id());
        var failures = failures();
        assertThat(failures).extracting(IntegrityResult::exhibitId).containsExactly(target.id());
        assertThat(failures.get(0).custodyProblem()).isEqualTo("integrity.record.differs");
    }

    @Test
    void anEditedCustodyStepIsCaught() throws Exception {
        sql("update custody_event set place = 'DEMO elsewhere' where exhibit_id = ? and seq = 2", target.id());
        var failures = failures();
        assertThat(failures).extracting(IntegrityResult::exhibitId).containsExactly(target.id());
        assertThat(failures.get(0).custodyProblem()).isEqualTo("integrity.custody.differs");
    }

    @Test
    void aStepMovedOutOfItsPlaceInTheChainIsCaught() throws Exception {
        // steps may stand side by side (recorded on two laptops apart), but each follows one numbered just before it
        sql("update custody_event set seq = 3 where exhibit_id = ? and seq = 2", target.id());
        var failures = failures();
        assertThat(failures).extracting(IntegrityResult::exhibitId).containsExactly(target.id());
        assertThat(failures.get(0).custodyProblem()).isEqualTo("integrity.custody.chainBroken");
    }

    @Test
    void aSecondFirstStepIsCaught() throws Exception {
        sql("update custody_event set seq = 1, previous_event_id = null where exhibit_id = ? and seq = 2", target.id());
        var failures = failures();
        assertThat(failures).extracting(IntegrityResult::exhibitId).containsExactly(target.id());
        assertThat(failures.get(0).custodyProblem()).isEqualTo("integrity.custody.chainBroken");
    }

    @Test
    void aRemovedCustodyStepIsCaught() throws Exception {
        sql("delete from custody_event where exhibit_id = ? and seq = 2", target.id());
        assertThat(failures()).singleElement().satisfies(f -> {
            assertThat(f.exhibitId()).isEqualTo(target.id());
            assertThat(f.custodyProblem()).isEqualTo("integrity.custody.missingEvent");
        });
    }

    @Test
    void aNumberChangedWithoutARelabelStepIsCaughtAndOneWithItIsNot() throws Exception {
        try (Workspace ws = TestVaults.unlock(vault)) {
            ws.evidence().relabel(new RelabelExhibitCommand(target.id(), "DEMO-7A", "DEMO room",
                    "DEMO the same number was given on another laptop"));
        }
        assertThat(failures()).as("a relabel recorded as a custody step verifies").isEmpty();
        sql("update exhibit set exhibit_number = 'DEMO-7B' where id = ?", target.id());
        assertThat(failures()).singleElement().satisfies(f -> {
            assertThat(f.exhibitId()).isEqualTo(target.id());
            assertThat(f.custodyProblem()).isEqualTo("integrity.record.differs");
        });
        sql("update exhibit set exhibit_number = ? where id = ?", target.exhibitNumber(), target.id());
        assertThat(failures()).as("back to the number before the relabel").extracting(IntegrityResult::exhibitId)
                .containsExactly(target.id());
        sql("update exhibit set exhibit_number = 'DEMO-7B' where id = ?", kept.id());
        assertThat(failures()).as("a number never relabelled").extracting(IntegrityResult::exhibitId)
                .containsExactlyInAnyOrder(target.id(), kept.id());
    }

    @Test
    void aChangedRecorderIsCaught() throws Exception {
        sql("update custody_event set created_by = 'someone-else' where exhibit_id = ? and seq = 1", kept.id());
        assertThat(failures()).extracting(IntegrityResult::exhibitId).containsExactly(kept.id());
    }

    @Test
    void anEditedSignedStatementNoLongerMatchesItsSignature() throws Exception {
        try (Workspace ws = TestVaults.unlock(vault)) {
            assertThat(ws.interviews().signatureIntact(interviewId)).isTrue();
        }
        sql("update interview set statement = 'DEMO words never said' where id = ?", interviewId);
        try (Workspace ws = TestVaults.unlock(vault)) {
            assertThat(ws.interviews().signatureIntact(interviewId)).isFalse();
        }
        sql("update interview set content_sha256 = ? where id = ?", "0".repeat(64), interviewId);
        try (Workspace ws = TestVaults.unlock(vault)) {
            assertThat(ws.interviews().signatureIntact(interviewId)).isFalse();
        }
    }
}
