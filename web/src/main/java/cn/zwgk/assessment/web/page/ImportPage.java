package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.unit.UnitSheetLayout;
import cn.zwgk.assessment.service.importing.ImportOutcome;
import cn.zwgk.assessment.service.importing.UnitImportService;
import cn.zwgk.assessment.service.job.JobMonitor;
import cn.zwgk.assessment.service.job.JobStatus;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The unit import: upload a sheet, watch the job, read which rows it refused and why. */
@Named
@ViewScoped
public class ImportPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @EJB private UnitImportService imports;
  @EJB private JobMonitor jobs;

  private Long executionId;
  private ImportOutcome outcome;

  public void upload(FileUploadEvent event) {
    try {
      executionId = imports.start(event.getFile().getFileName(), event.getFile().getContent());
      refresh();
    } catch (Refusal refusal) {
      Pages.refused(refusal);
    }
  }

  /** Polled while the job runs. */
  public void refresh() {
    if (executionId != null) {
      outcome = imports.outcome(executionId);
    }
  }

  public boolean isRunning() {
    return outcome != null && outcome.job().isRunning();
  }

  public ImportOutcome getOutcome() {
    return outcome;
  }

  public List<JobStatus> getHistory() {
    return jobs.history(UnitImportService.JOB, 10);
  }

  /** An empty sheet with the expected header row. */
  public StreamedContent getTemplate() {
    return DefaultStreamedContent.builder().name("单位导入模板.xlsx").contentType(XLSX).stream(
            () -> {
              try (XSSFWorkbook workbook = new XSSFWorkbook();
                  ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Sheet sheet = workbook.createSheet("单位");
                CellStyle bold = workbook.createCellStyle();
                Font font = workbook.createFont();
                font.setBold(true);
                bold.setFont(font);
                Row header = sheet.createRow(0);
                for (int c = 0; c < UnitSheetLayout.HEADERS.size(); c++) {
                  header.createCell(c).setCellValue(UnitSheetLayout.HEADERS.get(c));
                  header.getCell(c).setCellStyle(bold);
                  sheet.setColumnWidth(c, 20 * 256);
                }
                sheet.createFreezePane(0, 1);
                workbook.write(out);
                return new ByteArrayInputStream(out.toByteArray());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }
}
