package org.smartcourt.organization.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.organization.CaseCategory;
import org.smartcourt.organization.Position;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.SmartCourtMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: departments, courtrooms and staff for 长春市中级人民法院 and 长春市朝阳区人民法院, with staff records
 * for the demo accounts' people (same names, linked by username): three civil judges with their standing
 * assistant and clerk in each court's 民事审判第一庭, and three 人民陪审员 at each court. Runs after the demo accounts
 * and adds only what is missing, even if it was deactivated since, so restarts keep what admins changed.
 */
@Component
@Order(20)
class DemoOrganization implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

	static final CourtId CHANGCHUN_INTERMEDIATE = new CourtId("220100");
	static final CourtId CHANGCHUN_CHAOYANG = new CourtId("220104");
	/** 吉林省高级人民法院 (吉): its president compares the province's courts (审判质效). */
	static final CourtId JILIN_HIGH = new CourtId("220000");

	private record Dept(String name, DepartmentKind kind) {
	}

	private record Room(String name, boolean technology, int capacity, String location) {
	}

	private record Person(String name, Position position, String department, String username,
			Set<CaseCategory> categories) {
	}

	private static final Set<CaseCategory> NONE = EnumSet.noneOf(CaseCategory.class);
	private static final Set<CaseCategory> CIVIL = EnumSet.of(CaseCategory.CIVIL);

	private static final Map<CourtId, List<Dept>> DEPARTMENTS = Map.of(CHANGCHUN_INTERMEDIATE, List.of(
			new Dept("立案庭", DepartmentKind.FILING), new Dept("民事审判第一庭", DepartmentKind.TRIAL),
			new Dept("民事审判第二庭", DepartmentKind.TRIAL), new Dept("刑事审判庭", DepartmentKind.TRIAL),
			new Dept("行政审判庭", DepartmentKind.TRIAL), new Dept("审判监督庭", DepartmentKind.TRIAL),
			new Dept("执行局", DepartmentKind.ENFORCEMENT), new Dept("审判管理办公室", DepartmentKind.TRIAL_MANAGEMENT),
			new Dept("技术处", DepartmentKind.TECHNOLOGY), new Dept("办公室", DepartmentKind.ADMINISTRATION)),
			CHANGCHUN_CHAOYANG, List.of(new Dept("立案庭", DepartmentKind.FILING),
					new Dept("民事审判第一庭", DepartmentKind.TRIAL), new Dept("民事审判第二庭", DepartmentKind.TRIAL),
					new Dept("刑事审判庭", DepartmentKind.TRIAL), new Dept("执行局", DepartmentKind.ENFORCEMENT),
					new Dept("审判管理办公室", DepartmentKind.TRIAL_MANAGEMENT),
					new Dept("技术处", DepartmentKind.TECHNOLOGY), new Dept("办公室", DepartmentKind.ADMINISTRATION)),
			JILIN_HIGH, List.of(new Dept("审判管理办公室", DepartmentKind.TRIAL_MANAGEMENT),
					new Dept("办公室", DepartmentKind.ADMINISTRATION)));

	private static final Map<CourtId, List<Room>> COURTROOMS = Map.of(CHANGCHUN_INTERMEDIATE, List.of(
			new Room("第一法庭", true, 80, "审判楼二层"), new Room("第二法庭", true, 60, "审判楼二层"),
			new Room("第三法庭", false, 40, "审判楼三层"), new Room("大法庭", true, 200, "审判楼一层")),
			CHANGCHUN_CHAOYANG, List.of(new Room("第一法庭", true, 60, "审判楼一层"),
					new Room("第二法庭", false, 30, "审判楼二层"), new Room("第三法庭", true, 30, "审判楼二层")),
			JILIN_HIGH, List.of());

	private static final Map<CourtId, List<Person>> STAFF = Map.of(CHANGCHUN_INTERMEDIATE, List.of(
			new Person("吴院长", Position.PRESIDENT, null, "president",
					EnumSet.of(CaseCategory.CRIMINAL, CaseCategory.CIVIL, CaseCategory.ADMINISTRATIVE)),
			new Person("周庭长", Position.DIVISION_HEAD, "民事审判第一庭", "division-head", CIVIL),
			new Person("王立新", Position.JUDGE, "民事审判第一庭", "judge", CIVIL),
			new Person("陈助理", Position.ASSISTANT, "民事审判第一庭", "assistant", NONE),
			new Person("孙书记", Position.CLERK, "民事审判第一庭", "clerk", NONE),
			new Person("刘立案", Position.ASSISTANT, "立案庭", "filing-clerk", NONE),
			new Person("郑调解", Position.MEDIATOR, "立案庭", "mediator", NONE),
			new Person("冯坐席", Position.ADMINISTRATOR, "立案庭", "hotline", NONE),
			new Person("褚鉴定", Position.TECHNICIAN, "审判管理办公室", "appraisal", NONE),
			new Person("卫技术", Position.TECHNICIAN, "技术处", "it-admin", NONE),
			new Person("李文博", Position.JUDGE, "民事审判第一庭", "judge-b", CIVIL),
			new Person("张慧敏", Position.JUDGE, "民事审判第一庭", "judge-c", CIVIL),
			new Person("何助理", Position.ASSISTANT, "民事审判第一庭", "assistant-b", NONE),
			new Person("吕书记", Position.CLERK, "民事审判第一庭", "clerk-b", NONE),
			new Person("施助理", Position.ASSISTANT, "民事审判第一庭", "assistant-c", NONE),
			new Person("孔书记", Position.CLERK, "民事审判第一庭", "clerk-c", NONE),
			new Person("曹淑芬", Position.PEOPLES_ASSESSOR, null, null, NONE),
			new Person("严志刚", Position.PEOPLES_ASSESSOR, null, null, NONE),
			new Person("华丽娟", Position.PEOPLES_ASSESSOR, null, null, NONE)),
			CHANGCHUN_CHAOYANG, List.of(
					new Person("秦院长", Position.PRESIDENT, null, "president-0104",
							EnumSet.of(CaseCategory.CRIMINAL, CaseCategory.CIVIL)),
					new Person("朱庭长", Position.DIVISION_HEAD, "民事审判第一庭", "division-head-0104", CIVIL),
					new Person("沈法官", Position.JUDGE, "民事审判第一庭", "judge-0104", CIVIL),
					new Person("韩助理", Position.ASSISTANT, "民事审判第一庭", "assistant-0104", NONE),
					new Person("杨书记", Position.CLERK, "民事审判第一庭", "clerk-0104", NONE),
					new Person("蒋立案", Position.ASSISTANT, "立案庭", "filing-clerk-0104", NONE),
					new Person("尤调解", Position.MEDIATOR, "立案庭", "mediator-0104", NONE),
					new Person("许技术", Position.TECHNICIAN, "技术处", "it-admin-0104", NONE),
					new Person("魏国华", Position.JUDGE, "民事审判第一庭", "judge-b-0104", CIVIL),
					new Person("陶静", Position.JUDGE, "民事审判第一庭", "judge-c-0104", CIVIL),
					new Person("姜助理", Position.ASSISTANT, "民事审判第一庭", "assistant-b-0104", NONE),
					new Person("戚书记", Position.CLERK, "民事审判第一庭", "clerk-b-0104", NONE),
					new Person("谢助理", Position.ASSISTANT, "民事审判第一庭", "assistant-c-0104", NONE),
					new Person("邹书记", Position.CLERK, "民事审判第一庭", "clerk-c-0104", NONE),
					new Person("高秀英", Position.PEOPLES_ASSESSOR, null, null, NONE),
					new Person("马建国", Position.PEOPLES_ASSESSOR, null, null, NONE),
					new Person("林晓燕", Position.PEOPLES_ASSESSOR, null, null, NONE)),
			JILIN_HIGH, List.of(new Person("孟院长", Position.PRESIDENT, null, "president-high",
					EnumSet.of(CaseCategory.CRIMINAL, CaseCategory.CIVIL, CaseCategory.ADMINISTRATIVE))));

	private final SmartCourtMode mode;
	private final JdbcClient jdbc;
	private final DepartmentRepository departments;
	private final CourtroomRepository courtrooms;
	private final StaffRepository staff;

	DemoOrganization(SmartCourtMode mode, JdbcClient jdbc, DepartmentRepository departments,
			CourtroomRepository courtrooms, StaffRepository staff) {
		this.mode = mode;
		this.jdbc = jdbc;
		this.departments = departments;
		this.courtrooms = courtrooms;
		this.staff = staff;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (mode != SmartCourtMode.DEMO) {
			return;
		}
		int added = 0;
		for (CourtId court : List.of(JILIN_HIGH, CHANGCHUN_INTERMEDIATE, CHANGCHUN_CHAOYANG)) {
			added += seedDepartments(court) + seedCourtrooms(court) + seedStaff(court);
		}
		if (added > 0) {
			log.info("Demo organization: {} departments, courtrooms and staff records added", added);
		}
	}

	private int seedDepartments(CourtId court) {
		int added = 0;
		for (Dept dept : DEPARTMENTS.get(court)) {
			if (!exists("department", "court_id = ? and name = ?", court.value(), dept.name())) {
				departments.insert(Department.establish(court, dept.name(), dept.kind()));
				added++;
			}
		}
		return added;
	}

	private int seedCourtrooms(CourtId court) {
		int added = 0;
		for (Room room : COURTROOMS.get(court)) {
			if (!exists("courtroom", "court_id = ? and name = ?", court.value(), room.name())) {
				courtrooms.insert(Courtroom.open(court, room.name(), room.technology(), room.capacity(),
						room.location()));
				added++;
			}
		}
		return added;
	}

	private int seedStaff(CourtId court) {
		int added = 0;
		for (Person person : STAFF.get(court)) {
			boolean present = person.username() != null ? exists("staff_member", "username = ?", person.username())
					: exists("staff_member", "court_id = ? and name = ?", court.value(), person.name());
			if (present) {
				continue;
			}
			DepartmentId department = person.department() == null ? null
					: departments.findActiveByName(court, person.department()).map(Department::id).orElse(null);
			staff.insert(StaffMember.enrol(court, department, person.name(), person.position(), person.username(),
					person.categories()));
			added++;
		}
		return added;
	}

	private boolean exists(String table, String condition, Object... params) {
		return jdbc.sql("select count(*) from " + table + " where " + condition)
			.params(params)
			.query(Long.class)
			.single() > 0;
	}
}
