package org.inclusio.assessment;

/**
 * A domain needs are assessed in. Every organisation starts with the consultation topics' codes plus SAFETY; the UI
 * shows each code in the reader's language. Sensitive domains (health, mental health, safety) follow the case file's
 * special-category rules.
 */
public record NeedDomain(NeedDomainId id, String code, int position, boolean sensitive) {
}
