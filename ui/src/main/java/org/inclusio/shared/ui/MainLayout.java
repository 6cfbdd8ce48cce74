package org.inclusio.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

import java.util.Comparator;
import java.util.List;

/**
 * The frame of every staff view: header with the application name and the language switcher, and a navigation
 * drawer built from the views' {@code @Menu} entries, whose titles are message keys.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(List<HeaderContribution> contributions) {
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header(contributions));
        addToDrawer(brand(), navigation());
    }

    private HorizontalLayout header(List<HeaderContribution> contributions) {
        var spacer = new Span();
        var header = new HorizontalLayout(spacer, new LanguageSwitcher());
        contributions.stream()
                .sorted(Comparator.comparingInt(HeaderContribution::order))
                .forEach(contribution -> contribution.create().ifPresent(header::add));
        header.setFlexGrow(1, spacer);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        return header;
    }

    private Span brand() {
        var brand = new Span(getTranslation("app.name"));
        brand.addClassName("app-brand");
        return brand;
    }

    private SideNav navigation() {
        var navigation = new SideNav();
        navigation.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(item(entry)));
        return navigation;
    }

    private SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }
}
