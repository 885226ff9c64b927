package org.shield.infra.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;

/**
 * Where the CLI gets a passphrase: {@code --passphrase-file} (first line), else the environment
 * variable {@code SHIELD_PASSPHRASE}, else the terminal without echo.
 */
final class Passphrases {
    static final String ENV = "SHIELD_PASSPHRASE";

    private Passphrases() {
    }

    static char[] read(Path file, Map<String, String> env, String prompt, boolean confirm)
            throws ValidationException {
        if (file != null) {
            return fromFile(file);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new ValidationException(new UserMessage("cli.noPassphrase"));
        }
        char[] first = console.readPassword("%s: ", prompt);
        if (first == null) {
            throw new ValidationException(new UserMessage("cli.noPassphrase"));
        }
        if (confirm) {
            char[] again = console.readPassword("%s: ", prompt + " (again)");
            if (again == null || !java.util.Arrays.equals(first, again)) {
                throw new ValidationException(new UserMessage("passphrase.mismatch"));
            }
        }
        return first;
    }

    static char[] fromFile(Path file) throws ValidationException {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            String line = nl >= 0 ? s.substring(0, nl) : s;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                throw new ValidationException(new UserMessage("cli.passphraseFileEmpty"));
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new ValidationException(new UserMessage("cli.passphraseFileUnreadable"), e);
        }
    }
}
