package org.shield.ui.care;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.care.CreatePlanCommand;
import org.shield.application.care.PlanDetails;
import org.shield.application.care.RecordServiceCommand;
import org.shield.application.care.RevisePlanCommand;
import org.shield.application.care.ServiceDeliveryDetails;
import org.shield.application.common.ConflictException;
import org.shield.application.common.UserMessage;
import org.shield.application.party.OrganisationDetails;
import org.shield.domain.care.ServiceType;
import org.shield.domain.care.SupportPlanType;
import org.shield.domain.common.Text;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * A victim's care plans in a case (open ones first) and the services delivered under the selected plan. The
 * plan form starts a new plan or revises the selected open one, sending the version that was loaded (a change
 * made elsewhere meanwhile is the "changed elsewhere" message, and the list is read again); an open plan is
 * closed on its actual end date; a service is recorded against the selected plan while it is open.
 */
public final class CarePlanViewModel {
    private static final int TEXT_MAX = 4_000;

    private final ObservableList<PlanDetails> plans = FXCollections.observableArrayList();
    private final ObjectProperty<PlanDetails> selected = new SimpleObjectProperty<>();
    private final ObservableList<ServiceDeliveryDetails> services = FXCollections.observableArrayList();
    private final ObservableList<OrganisationDetails> providers = FXCollections.observableArrayList();

    // the plan form: a new plan when revising is null
    private final ObjectProperty<PlanDetails> revising = new SimpleObjectProperty<>();
    private final ObjectProperty<SupportPlanType> type = new SimpleObjectProperty<>();
    private final StringProperty objectives = new SimpleStringProperty("");
    private final StringProperty actions = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> plannedEndOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> closeOn = new SimpleObjectProperty<>();

    // the service form
    private final ObjectProperty<ServiceType> serviceType = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deliveredOn = new SimpleObjectProperty<>();
    private final StringProperty providedBy = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationDetails> provider = new SimpleObjectProperty<>();
    private final StringProperty serviceNote = new SimpleStringProperty("");

    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final BooleanBinding canSavePlan;
    private final BooleanBinding canClose;
    private final BooleanBinding canRecordService;
    private final BooleanBinding selectedOpen;

    private final ScreenContext ctx;
    private final UUID caseId;
    private final UUID personId;
    private final Busy busy;

    public CarePlanViewModel(ScreenContext ctx, UUID caseId, UUID personId) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.personId = personId;
        this.busy = new Busy(ctx.tasks());
        LocalDate today = today();
        startedOn.set(today);
        closeOn.set(today);
        deliveredOn.set(today);
        selectedOpen = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().open(), selected);
        canSavePlan = Bindings.createBooleanBinding(() -> {
            String o = Text.trimToNull(objectives.get());
            String a = Text.trimToNull(actions.get());
            LocalDate start = revising.get() == null ? startedOn.get() : revising.get().startedOn();
            return type.get() != null && o != null && o.length() <= TEXT_MAX && (a == null || a.length() <= TEXT_MAX)
                    && start != null && (plannedEndOn.get() == null || !plannedEndOn.get().isBefore(start));
        }, type, objectives, actions, startedOn, plannedEndOn, revising).and(busy.busyProperty().not());
        canClose = Bindings.createBooleanBinding(() -> selectedOpen.get() && closeOn.get() != null
                && !closeOn.get().isBefore(selected.get().startedOn()) && !closeOn.get().isAfter(today()),
                selectedOpen, closeOn, selected).and(busy.busyProperty().not());
        canRecordService = Bindings.createBooleanBinding(() -> selectedOpen.get() && serviceType.get() != null
                && deliveredOn.get() != null && !deliveredOn.get().isBefore(selected.get().startedOn())
                && !deliveredOn.get().isAfter(today()) && Text.trimToNull(providedBy.get()) != null,
                selectedOpen, serviceType, deliveredOn, providedBy, selected).and(busy.busyProperty().not());
        selected.addListener((o, was, now) -> {
            services.clear();
            if (now != null) {
                loadServices(now.id());
            }
        });
    }

    /** Reads the plans and the organisations that may be named as providers, in the background. */
    public void load() {
        error.set(null);
        reload();
    }

    private void reload() {
        busy.run("ui.task.loadCarePlans", c -> {
            var ws = ctx.session().workspace();
            return new Loaded(ws.carePlans().plans(caseId, personId), ws.organisations().findByName(""));
        }, loaded -> {
            providers.setAll(loaded.providers());
            showPlans(loaded.plans(), selected.get() == null ? null : selected.get().id());
        }, this::failed);
    }

    private record Loaded(List<PlanDetails> plans, List<OrganisationDetails> providers) {
    }

    private void loadServices(UUID planId) {
        busy.run("ui.task.loadServices", c -> ctx.session().workspace().carePlans().services(planId), list -> {
            if (selected.get() != null && selected.get().id().equals(planId)) {
                services.setAll(list);
            }
        }, this::failed);
    }

    /** Empties the plan form for a new plan. */
    public void newPlan() {
        revising.set(null);
        type.set(null);
        objectives.set("");
        actions.set("");
        startedOn.set(today());
        plannedEndOn.set(null);
    }

    /** Fills the plan form with the selected open plan, to revise it. */
    public void startRevision() {
        PlanDetails p = selected.get();
        if (p == null || !p.open()) {
            return;
        }
        revising.set(p);
        type.set(p.type());
        objectives.set(p.objectives());
        actions.set(p.actions() == null ? "" : p.actions());
        startedOn.set(p.startedOn());
        plannedEndOn.set(p.plannedEndOn());
    }

    /** Starts the plan in the form, or saves the revision with the version that was loaded. */
    public void savePlan() {
        if (!canSavePlan.get()) {
            return;
        }
        error.set(null);
        PlanDetails r = revising.get();
        SupportPlanType t = type.get();
        String o = objectives.get().strip();
        String a = actions.get();
        LocalDate start = startedOn.get();
        LocalDate end = plannedEndOn.get();
        busy.run("ui.task.savePlan", c -> {
            var service = ctx.session().workspace().carePlans();
            PlanDetails saved = r == null ? service.createPlan(new CreatePlanCommand(caseId, personId, t, o, a, start, end))
                    : service.revisePlan(new RevisePlanCommand(r.id(), r.version(), t, o, a, end));
            return new Saved(saved.id(), service.plans(caseId, personId));
        }, saved -> {
            showPlans(saved.plans(), saved.id());
            newPlan();
        }, this::failed);
    }

    private record Saved(UUID id, List<PlanDetails> plans) {
    }

    /** Closes the selected open plan on the chosen date. */
    public void closeSelected() {
        if (!canClose.get()) {
            return;
        }
        error.set(null);
        PlanDetails p = selected.get();
        LocalDate day = closeOn.get();
        busy.run("ui.task.closePlan", c -> {
            var service = ctx.session().workspace().carePlans();
            service.closePlan(p.id(), p.version(), day);
            return service.plans(caseId, personId);
        }, list -> {
            showPlans(list, p.id());
            if (revising.get() != null && revising.get().id().equals(p.id())) {
                newPlan();
            }
        }, this::failed);
    }

    /** Records the service in the form against the selected open plan. */
    public void recordService() {
        if (!canRecordService.get()) {
            return;
        }
        error.set(null);
        PlanDetails p = selected.get();
        OrganisationDetails org = provider.get();
        RecordServiceCommand cmd = new RecordServiceCommand(caseId, personId, p.id(), serviceType.get(),
                deliveredOn.get(), providedBy.get().strip(), org == null ? null : org.id(), serviceNote.get());
        busy.run("ui.task.recordService", c -> {
            var service = ctx.session().workspace().carePlans();
            service.recordService(cmd);
            return service.services(p.id());
        }, list -> {
            if (selected.get() != null && selected.get().id().equals(p.id())) {
                services.setAll(list);
            }
            serviceType.set(null);
            providedBy.set("");
            provider.set(null);
            serviceNote.set("");
            deliveredOn.set(today());
        }, this::failed);
    }

    private void showPlans(List<PlanDetails> list, UUID select) {
        plans.setAll(list);
        PlanDetails again = select == null ? null
                : list.stream().filter(p -> p.id().equals(select)).findFirst().orElse(null);
        selected.set(null); // the listener reloads the services of the one selected next
        selected.set(again);
    }

    private void failed(Throwable failure) {
        error.set(ctx.errors().explain(failure));
        if (failure instanceof ConflictException) {
            // changed elsewhere: show the stored version; the user's form stays as typed
            revising.set(null);
            reload();
        }
    }

    private LocalDate today() {
        return LocalDate.now(ctx.clock());
    }

    public boolean hasPendingInput() {
        return !objectives.get().isBlank() || !providedBy.get().isBlank();
    }

    public ObservableList<PlanDetails> plans() {
        return plans;
    }

    public ObjectProperty<PlanDetails> selectedProperty() {
        return selected;
    }

    public ObservableList<ServiceDeliveryDetails> services() {
        return services;
    }

    public ObservableList<OrganisationDetails> providers() {
        return providers;
    }

    public ObjectProperty<PlanDetails> revisingProperty() {
        return revising;
    }

    public ObjectProperty<SupportPlanType> typeProperty() {
        return type;
    }

    public StringProperty objectivesProperty() {
        return objectives;
    }

    public StringProperty actionsProperty() {
        return actions;
    }

    public ObjectProperty<LocalDate> startedOnProperty() {
        return startedOn;
    }

    public ObjectProperty<LocalDate> plannedEndOnProperty() {
        return plannedEndOn;
    }

    public ObjectProperty<LocalDate> closeOnProperty() {
        return closeOn;
    }

    public ObjectProperty<ServiceType> serviceTypeProperty() {
        return serviceType;
    }

    public ObjectProperty<LocalDate> deliveredOnProperty() {
        return deliveredOn;
    }

    public StringProperty providedByProperty() {
        return providedBy;
    }

    public ObjectProperty<OrganisationDetails> providerProperty() {
        return provider;
    }

    public StringProperty serviceNoteProperty() {
        return serviceNote;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public BooleanBinding selectedOpenProperty() {
        return selectedOpen;
    }

    public BooleanBinding canSavePlanProperty() {
        return canSavePlan;
    }

    public BooleanBinding canCloseProperty() {
        return canClose;
    }

    public BooleanBinding canRecordServiceProperty() {
        return canRecordService;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
