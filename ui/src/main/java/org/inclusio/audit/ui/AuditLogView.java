package org.inclusio.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.audit.AuditEvent;
import org.inclusio.audit.AuditLog;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Roles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The audit log: an organisation administrator sees their organisation's, a platform administrator the platform's. */
@Route("audit-log")
@Menu(order = 80, icon = "vaadin:file-text-o", title = "audit.menu")
@RolesAllowed({Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN})
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    AuditLogView(AuditLog auditLog) {
        boolean organisationAdmin = CurrentActor.get().filter(actor -> actor.hasRole(Role.ORG_ADMIN)).isPresent();
        List<AuditEvent> events = organisationAdmin
                ? auditLog.organisationEvents(AuditLog.MAX_ENTRIES) : auditLog.platformEvents(AuditLog.MAX_ENTRIES);
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var grid = new Grid<AuditEvent>();
        grid.addColumn(event -> format.format(event.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(event -> getTranslation("audit.action." + event.action().name())).setHeader(getTranslation("audit.what"));
        grid.addColumn(event -> event.details() == null ? "" : event.details()).setHeader(getTranslation("audit.details"));
        grid.setItems(events);
        add(new H2(getTranslation(organisationAdmin ? "audit.heading.organisation" : "audit.heading.platform")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.menu") + " | Inclusio";
    }
}
