package org.shield.ui;

import java.util.ArrayList;
import java.util.List;
import org.shield.application.report.ReportPrinter;

/** Answers print requests in tests as the user would at the print dialog, and remembers the job names. */
public final class FakeReportPrinter implements ReportPrinter {
    private final List<String> jobs = new ArrayList<>();
    private Outcome answer = Outcome.Printed;

    @Override
    public Outcome print(byte[] pdf, String jobName) {
        jobs.add(jobName);
        return answer;
    }

    /** How the next print requests end. */
    public void answer(Outcome outcome) {
        this.answer = outcome;
    }

    /** The job names printed or asked for, in order. */
    public List<String> jobs() {
        return jobs;
    }
}
