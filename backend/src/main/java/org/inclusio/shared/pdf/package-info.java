/**
 * What the features' PDF documents share: {@link org.inclusio.shared.pdf.EmbeddedFonts} embeds the fonts so that names
 * in Latin, Cyrillic and Greek scripts print as typed.
 */
@NullMarked
package org.inclusio.shared.pdf;

import org.jspecify.annotations.NullMarked;
