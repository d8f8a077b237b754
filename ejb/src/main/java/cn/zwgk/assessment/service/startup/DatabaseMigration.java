package cn.zwgk.assessment.service.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. The migrations in the
 * domain jar own the schema; the same scripts run on H2 and MySQL.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/AssessmentDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    LOG.info(() -> "Database: " + describe());
    Flyway flyway =
        // The migrations are in the domain jar beside Flyway in the EAR's lib.
        Flyway.configure(Flyway.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            // The batch job repository creates its own tables in the same schema, perhaps first.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .loggers("slf4j")
            .load();
    int applied = flyway.migrate().migrationsExecuted;
    LOG.info(
        () ->
            "Database schema at version "
                + flyway.info().current().getVersion()
                + " ("
                + applied
                + " migrations applied now)");
  }

  private String describe() {
    try (Connection connection = dataSource.getConnection()) {
      var meta = connection.getMetaData();
      return meta.getURL()
          + " ("
          + meta.getDatabaseProductName()
          + " "
          + meta.getDatabaseProductVersion()
          + ")";
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached", e);
    }
  }
}
