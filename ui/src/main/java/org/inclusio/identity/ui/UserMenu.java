package org.inclusio.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.inclusio.identity.ProfileService;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.ui.HeaderContribution;

import java.util.Objects;
import java.util.Optional;

/** The signed-in person's name, their profile and signing out. */
@org.springframework.stereotype.Component
class UserMenu implements HeaderContribution {

    private final ProfileService profile;
    private final AuthenticationContext authentication;

    UserMenu(ProfileService profile, AuthenticationContext authentication) {
        this.profile = profile;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create() {
        if (CurrentActor.get().isEmpty()) {
            return Optional.empty();
        }
        var me = profile.me();
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.addClassName("user-menu");
        var user = menu.addItem(Objects.requireNonNullElse(me.displayName(), me.name()));
        user.getSubMenu().addItem(menu.getTranslation("identity.profile"),
                event -> menu.getUI().ifPresent(ui -> ui.navigate(ProfileView.class)));
        user.getSubMenu().addItem(menu.getTranslation("identity.sign-out"), event -> authentication.logout());
        return Optional.of(menu);
    }
}
