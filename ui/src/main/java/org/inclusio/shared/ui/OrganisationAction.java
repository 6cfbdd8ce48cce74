package org.inclusio.shared.ui;

import com.vaadin.flow.component.Component;

import java.util.UUID;

/**
 * Something a feature offers for each organisation in the platform administrator's list (appointing its first
 * administrator), so that the list needs to know no feature.
 */
public interface OrganisationAction {

    /** A new component for one organisation of the list, in the current UI. */
    Component create(UUID organisation, String organisationName);
}
