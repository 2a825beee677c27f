/**
 * The teacher's documents: the library, upload with background import and drafting, metadata and
 * versions, and the reader that shows which passages the teacher's items cite.
 */
@NullMarked
package org.sourcebook.ui.teacher.documents;

import org.jspecify.annotations.NullMarked;
