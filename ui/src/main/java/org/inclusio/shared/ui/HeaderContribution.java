package org.inclusio.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A component a feature puts into the header of the main layout (the organisation switcher, the user menu), so that
 * the layout needs to know no feature.
 */
public interface HeaderContribution {

    /** Position from left to right. */
    int order();

    /** A new component for one UI, or nothing when it does not apply to the current user. */
    java.util.Optional<Component> create();
}
