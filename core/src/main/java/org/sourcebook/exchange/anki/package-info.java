/**
 * Export of items as a file for Anki's text import (File &gt; Import of a tab-separated file with
 * header lines): notes of the stock Basic and Cloze note types, one per line, with a guid column so
 * importing the file again updates the notes instead of duplicating them.
 */
@NullMarked
package org.sourcebook.exchange.anki;

import org.jspecify.annotations.NullMarked;
