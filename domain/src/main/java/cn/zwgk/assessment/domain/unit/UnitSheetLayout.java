package cn.zwgk.assessment.domain.unit;

import java.util.List;

/**
 * The columns of a unit import sheet, in order. The first row holds these headers; each further row
 * is one unit and the account of its clerk.
 */
public final class UnitSheetLayout {

  public static final List<String> HEADERS = List.of("单位编码", "单位名称", "类别", "账号", "初始密码");
  public static final int CODE = 0;
  public static final int NAME = 1;
  public static final int GROUP = 2;
  public static final int USERNAME = 3;
  public static final int PASSWORD = 4;

  private UnitSheetLayout() {}
}
