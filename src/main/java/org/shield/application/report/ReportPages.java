package org.shield.application.report;

import org.shield.application.common.ApplicationException;

/**
 * Pictures of a produced report's pages, for the preview on screen. Each call reads the PDF afresh, so the
 * port holds nothing between calls and a preview can ask for its pages one at a time, as they come into
 * view. Blocking and CPU-heavy: call from a worker thread. Thread-safe.
 */
public interface ReportPages {
    /** The number of pages of {@code pdf}. */
    int pageCount(byte[] pdf) throws ApplicationException;

    /** Page {@code index} (from 0) of {@code pdf} as a PNG picture at {@code dpi} dots per inch. */
    byte[] pagePng(byte[] pdf, int index, float dpi) throws ApplicationException;
}
