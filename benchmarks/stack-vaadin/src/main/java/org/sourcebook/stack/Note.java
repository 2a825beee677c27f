package org.sourcebook.stack;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;

/** The one entity: a versioned row, as Sourcebook's entities are. */
@Entity
@Table(name = "note")
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    private String text;

    @Version
    private long version;

    protected Note() {
    }

    public Note(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
