package cn.zwgk.assessment.batch.unitimport;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Stores a chunk of checked rows in the staging table, in the chunk's transaction. */
@Named
@Dependent
public class UnitRowStager extends AbstractItemWriter {

  @PersistenceContext private EntityManager em;

  @Override
  public void writeItems(List<Object> items) {
    items.forEach(em::persist);
  }
}
