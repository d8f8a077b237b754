package cn.zwgk.assessment.batch.unitimport;

import cn.zwgk.assessment.domain.job.ProgressRecorder;
import cn.zwgk.assessment.domain.unit.UnitSheetLayout;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of the uploaded workbook, row by row after the header, skipping blank rows.
 * Its checkpoint is the next row's index, so a restarted import goes on where it stopped.
 */
@Named
@Dependent
public class UnitSheetReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "file")
  private String file;

  @Inject private JobContext job;
  @EJB private ProgressRecorder progress;

  private final DataFormatter formatter = new DataFormatter();
  private Workbook workbook;
  private Sheet sheet;
  private int next;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    workbook = WorkbookFactory.create(Path.of(file).toFile(), null, true);
    sheet = workbook.getSheetAt(0);
    next = checkpoint == null ? sheet.getFirstRowNum() + 1 : (Integer) checkpoint;
    progress.total(
        job.getExecutionId(), Math.max(0, sheet.getLastRowNum() - sheet.getFirstRowNum()));
    progress.advance(job.getExecutionId(), next - sheet.getFirstRowNum() - 1);
  }

  @Override
  public Object readItem() {
    while (next <= sheet.getLastRowNum()) {
      Row row = sheet.getRow(next++);
      List<String> cells = new ArrayList<>();
      boolean blank = true;
      for (int c = 0; c < UnitSheetLayout.HEADERS.size(); c++) {
        String text = row == null ? "" : formatter.formatCellValue(row.getCell(c));
        blank &= text.isBlank();
        cells.add(text);
      }
      if (!blank) {
        return new SheetRow(next, cells);
      }
    }
    return null;
  }

  @Override
  public Serializable checkpointInfo() {
    progress.advance(job.getExecutionId(), next - sheet.getFirstRowNum() - 1);
    return next;
  }

  @Override
  public void close() throws Exception {
    if (workbook != null) {
      workbook.close();
    }
  }
}
