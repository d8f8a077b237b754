package cn.zwgk.assessment.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.assessment.domain.unit.AssessedUnit;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.Session;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: the persistence provider is EclipseLink, and Flyway, not it, owns the schema.
 * (JUnit's assertions here: AssertJ is not deployed.)
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(PersistenceIT.class);
  }

  @PersistenceContext(unitName = "assessment")
  private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/AssessmentDS")
  private DataSource dataSource;

  @Test
  void theProviderIsEclipseLink() {
    assertEquals(
        "org.eclipse.persistence.internal.jpa.EntityManagerImpl",
        em.getDelegate().getClass().getName());
    assertTrue(
        em.getEntityManagerFactory().getClass().getName().startsWith("org.eclipse.persistence"));
  }

  @Test
  void theSchemaIsNotGeneratedAtRunTime() {
    Map<String, Object> properties = em.getEntityManagerFactory().getProperties();
    assertEquals("none", properties.get("eclipselink.ddl-generation"));
    assertFalse(properties.containsKey("jakarta.persistence.schema-generation.database.action"));
  }

  @Test
  void aLostConnectionIsNotReadAgainOutsideTheTransaction() {
    assertEquals(0, em.unwrap(Session.class).getLogin().getQueryRetryAttemptCount());
  }

  @Test
  void theMigrationsHaveRun() {
    MigrationInfoService info =
        Flyway.configure(Flyway.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .info();
    assertEquals(0, info.pending().length);
    MigrationInfo[] all = info.all();
    assertEquals(all[all.length - 1].getVersion(), info.current().getVersion());
    assertTrue(
        em.createNamedQuery("AssessedUnit.all", AssessedUnit.class).getResultList().size() >= 53);
  }
}
