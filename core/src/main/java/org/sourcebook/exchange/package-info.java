/**
 * Sourcebook's own lossless JSON bundle (documents with text, items, lessons), described in
 * docs/bundle-format.md. The records here are the wire format; they map to and from the content
 * model explicitly, so the format stays stable when Java types change.
 */
@NullMarked
package org.sourcebook.exchange;

import org.jspecify.annotations.NullMarked;
