/**
 * Source documents: immutable versions of normalized text with metadata, and spans that cite an
 * exact passage of one version (provenance: every item can show the sentence it came from).
 */
@NullMarked
package org.sourcebook.content.source;

import org.jspecify.annotations.NullMarked;
