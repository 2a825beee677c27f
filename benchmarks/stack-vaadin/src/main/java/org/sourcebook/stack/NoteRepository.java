package org.sourcebook.stack;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The one repository, with one derived and one declared query. */
public interface NoteRepository extends JpaRepository<Note, Long> {

    List<Note> findByTextContainingIgnoreCase(String part);

    @Query("select n from Note n order by n.text")
    List<Note> findAllByText();
}
