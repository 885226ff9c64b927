package org.shield.infra.export;

/**
 * Keeps spreadsheet programs from running text as a formula when a CSV export is opened (OWASP "CSV
 * injection"): a value starting with a formula trigger ({@code = + - @}, their full-width forms, a tab or a
 * line break) gets a leading apostrophe, which spreadsheets show as text. JSON exports keep exact values.
 */
final class FormulaGuard {
    private FormulaGuard() {
    }

    static String cell(String v) {
        if (v == null || v.isEmpty()) {
            return v;
        }
        return switch (v.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + v;
            default -> v;
        };
    }
}
