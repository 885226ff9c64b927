package org.shield.application.evidence;

import java.nio.file.Path;

/** A written disclosure folder: how many exhibits, how many files, and how many copies did not match. */
public record DisclosureResult(Path folder, int exhibits, int files, int mismatches) {
}
