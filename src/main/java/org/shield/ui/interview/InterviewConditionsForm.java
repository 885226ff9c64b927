package org.shield.ui.interview;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.common.UserMessage;
import org.shield.domain.common.Text;
import org.shield.domain.interview.InterviewConditions;

/**
 * The conditions part of the interview editor: when, where, who was present, breaks, and the recording
 * (an exhibit of the case, by number). Times are typed as {@code HH:mm}, local time at the place.
 */
public final class InterviewConditionsForm {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty interviewers = new SimpleStringProperty("");
    private final StringProperty interpreter = new SimpleStringProperty("");
    private final StringProperty languages = new SimpleStringProperty("");
    private final StringProperty supportPerson = new SimpleStringProperty("");
    private final BooleanProperty minor = new SimpleBooleanProperty();
    private final StringProperty breaks = new SimpleStringProperty("");
    private final ObjectProperty<RecordingOption> recording = new SimpleObjectProperty<>();
    private final ObservableList<RecordingOption> recordings = FXCollections.observableArrayList();
    private final ObjectBinding<UserMessage> timeProblem;

    InterviewConditionsForm() {
        timeProblem = Bindings.createObjectBinding(() -> {
            if (!parsable(start.get()) || !parsable(end.get())) {
                return new UserMessage("ui.interview.time.invalid");
            }
            LocalTime s = time(start.get());
            LocalTime e = time(end.get());
            return s != null && e != null && e.isBefore(s) ? new UserMessage("interview.endBeforeStart") : null;
        }, start, end);
    }

    /** Shows stored conditions; {@code options} are the case's exhibits the user may list (may be empty). */
    void show(InterviewConditions c, String recordingNumber, List<RecordingOption> options) {
        InterviewConditions v = c == null ? InterviewConditions.empty() : c;
        date.set(v.date());
        start.set(format(v.start()));
        end.set(format(v.end()));
        place.set(orEmpty(v.place()));
        interviewers.set(orEmpty(v.interviewers()));
        interpreter.set(orEmpty(v.interpreter()));
        languages.set(orEmpty(v.languages()));
        supportPerson.set(orEmpty(v.supportPerson()));
        minor.set(v.minor());
        breaks.set(orEmpty(v.breaks()));
        recordings.setAll(options);
        RecordingOption chosen = null;
        if (v.recordingExhibitId() != null) {
            chosen = options.stream().filter(o -> o.exhibitId().equals(v.recordingExhibitId())).findFirst()
                    .orElse(new RecordingOption(v.recordingExhibitId(), recordingNumber));
            if (!recordings.contains(chosen)) {
                recordings.add(chosen);
            }
        }
        recording.set(chosen);
    }

    /** The conditions as typed; throws the domain's rule violation for a value it refuses (too long). */
    InterviewConditions build() {
        RecordingOption r = recording.get();
        return new InterviewConditions(date.get(), time(start.get()), time(end.get()), Text.trimToNull(place.get()),
                Text.trimToNull(interviewers.get()), Text.trimToNull(interpreter.get()),
                Text.trimToNull(languages.get()), Text.trimToNull(supportPerson.get()), minor.get(),
                Text.trimToNull(breaks.get()), r == null ? null : r.exhibitId());
    }

    /** The values as typed, for telling whether anything changed. */
    List<Object> values() {
        return java.util.Arrays.asList(date.get(), start.get().strip(), end.get().strip(), place.get().strip(),
                interviewers.get().strip(), interpreter.get().strip(), languages.get().strip(),
                supportPerson.get().strip(), minor.get(), breaks.get().strip(),
                recording.get() == null ? null : recording.get().exhibitId());
    }

    Observable[] observables() {
        return new Observable[] {date, start, end, place, interviewers, interpreter, languages, supportPerson, minor,
            breaks, recording};
    }

    static boolean parsable(String text) {
        return Text.trimToNull(text) == null || time(text) != null;
    }

    static LocalTime time(String text) {
        String t = Text.trimToNull(text);
        if (t == null) {
            return null;
        }
        try {
            return LocalTime.parse(t.replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String format(LocalTime t) {
        return t == null ? "" : String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    private static String orEmpty(String s) {
        return Objects.requireNonNullElse(s, "");
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty interviewersProperty() {
        return interviewers;
    }

    public StringProperty interpreterProperty() {
        return interpreter;
    }

    public StringProperty languagesProperty() {
        return languages;
    }

    public StringProperty supportPersonProperty() {
        return supportPerson;
    }

    public BooleanProperty minorProperty() {
        return minor;
    }

    public StringProperty breaksProperty() {
        return breaks;
    }

    public ObjectProperty<RecordingOption> recordingProperty() {
        return recording;
    }

    /** The exhibits that can be chosen as the recording; empty when the user may not list the case's evidence. */
    public ObservableList<RecordingOption> recordings() {
        return recordings;
    }

    public ObjectBinding<UserMessage> timeProblemProperty() {
        return timeProblem;
    }
}
