package org.inclusio.identity.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.inclusio.identity.ProfileService;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a one-time password handed out by an administrator sees nothing but their profile until
 * they have replaced it.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final ProfileService profile;

    PasswordChangeGuard(ProfileService profile) {
        this.profile = profile;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            boolean person = CurrentActor.get().filter(actor -> actor.kind() == Actor.Kind.USER).isPresent();
            if (person && enter.getNavigationTarget() != ProfileView.class && profile.me().passwordChangeRequired()) {
                enter.rerouteTo(ProfileView.class);
            }
        }));
    }
}
