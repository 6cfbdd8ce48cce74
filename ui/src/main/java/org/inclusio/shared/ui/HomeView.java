package org.inclusio.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * The start page: what the signed-in person can do here with their roles in the current organisation, with links to
 * the views that exist. Each role's paragraph grows as its features arrive.
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "home.menu")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    /** One thing a person can do here: a title, what it means, and where to go for it. */
    private record Task(String titleKey, String textKey, List<Link> links) {
    }

    private record Link(String labelKey, String path) {
    }

    HomeView() {
        add(new H1(getTranslation("home.heading")), new Paragraph(getTranslation("home.intro")),
                new H2(getTranslation("home.tasks")));
        var tasks = new Div();
        tasks.addClassName("home-tasks");
        CurrentActor.get().map(HomeView::tasksOf).orElse(List.of()).forEach(task -> tasks.add(card(task)));
        add(tasks);
        addClassName("home");
    }

    private static List<Task> tasksOf(Actor actor) {
        var tasks = new ArrayList<Task>();
        if (actor.hasRole(Role.ORG_ADMIN)) {
            tasks.add(new Task("role.ORG_ADMIN", "home.task.ORG_ADMIN", List.of(
                    new Link("members.menu", "members"), new Link("clients.menu", "api-clients"),
                    new Link("settings.menu", "organisation"), new Link("audit.menu", "audit-log"))));
        }
        if (actor.hasRole(Role.MANAGER)) {
            tasks.add(new Task("role.MANAGER", "home.task.MANAGER", List.of(
                    new Link("case-files.menu", "case-files"), new Link("consultations.menu", "consultations"),
                    new Link("feedback.menu", "feedback"), new Link("feedback.channels.menu", "feedback/channels"),
                    new Link("feedback.figures.menu", "feedback/figures"))));
        }
        if (actor.hasRole(Role.CASEWORKER)) {
            tasks.add(new Task("role.CASEWORKER", "home.task.CASEWORKER", List.of(
                    new Link("case-files.menu", "case-files"), new Link("consultations.menu", "consultations"),
                    new Link("follow-ups.menu", "follow-ups"), new Link("feedback.menu", "feedback"))));
        }
        if (actor.hasRole(Role.INTERCULTURAL_WORKER)) {
            tasks.add(new Task("role.INTERCULTURAL_WORKER", "home.task.INTERCULTURAL_WORKER", List.of(
                    new Link("consultation.log.menu", "consultations/new"), new Link("case-files.menu", "case-files"),
                    new Link("follow-ups.menu", "follow-ups"), new Link("feedback.intake.menu", "feedback/new"))));
        }
        if (actor.hasRole(Role.PROTECTION_FOCAL_POINT)) {
            tasks.add(new Task("role.PROTECTION_FOCAL_POINT", "home.task.PROTECTION_FOCAL_POINT", List.of(
                    new Link("feedback.menu", "feedback"))));
        }
        if (actor.platformAdmin()) {
            tasks.add(new Task("home.platform-admin", "home.task.PLATFORM_ADMIN", List.of(
                    new Link("organisations.menu", "platform/organisations"), new Link("audit.menu", "audit-log"))));
        }
        tasks.add(new Task("identity.profile", "home.task.profile", List.of(new Link("identity.profile", "profile"))));
        return tasks;
    }

    private Div card(Task task) {
        var card = new Div(new H3(getTranslation(task.titleKey())), new Paragraph(getTranslation(task.textKey())));
        card.addClassName("home-task");
        if (!task.links().isEmpty()) {
            var links = new Div();
            links.addClassName("home-task-links");
            task.links().forEach(link -> links.add(new Anchor(link.path(), getTranslation(link.labelKey()))));
            card.add(links);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
