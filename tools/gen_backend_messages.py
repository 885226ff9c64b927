# -*- coding: utf-8 -*-
# Generates the backend section of the message bundles (en, th).
entries = []
def e(key, en, th): entries.append((key, en, th))
def tl(base, en_name, th_name, required=True, toolong=True):
    if required: e(base+".required", f"{en_name} is required.", f"ต้องระบุ{th_name}")
    if toolong: e(base+".tooLong", f"{en_name} is too long (at most {{0}} characters).", f"{th_name}ยาวเกินไป (ไม่เกิน {{0}} ตัวอักษร)")

# errors
e("error.conflict", "This record was changed elsewhere since you opened it. Nothing was overwritten: reload to see the other version.", "ระเบียนนี้ถูกแก้ไขจากที่อื่นหลังจากที่คุณเปิด ไม่มีข้อมูลใดถูกเขียนทับ โปรดโหลดใหม่เพื่อดูอีกฉบับหนึ่ง")
e("error.caseNotFound", "No such case: {0}", "ไม่พบคดี: {0}")
e("error.personNotFound", "That person is not in this vault.", "ไม่พบบุคคลนี้ในคลังข้อมูล")
e("error.personNotNew", "This person is already recorded; add them as an existing person.", "บุคคลนี้มีบันทึกอยู่แล้ว โปรดเพิ่มในฐานะบุคคลที่มีอยู่")
e("error.noteNotFound", "The note to correct is not in this case.", "ไม่พบบันทึกที่ต้องการแก้ไขในคดีนี้")
e("error.organisationNotFound", "That organisation is not in this vault.", "ไม่พบองค์กรนี้ในคลังข้อมูล")
e("error.badPage", "That page does not exist.", "ไม่มีหน้านี้")
e("error.vaultExists", "A vault already exists in this folder.", "มีคลังข้อมูลอยู่แล้วในโฟลเดอร์นี้")
e("error.unitCodeInvalid", "The unit code must be 2 to 16 letters or digits.", "รหัสหน่วยงานต้องเป็นตัวอักษรหรือตัวเลข 2 ถึง 16 ตัว")
e("error.vaultMissing", "No vault found in this folder. Create one first (vault init).", "ไม่พบคลังข้อมูลในโฟลเดอร์นี้ โปรดสร้างคลังข้อมูลก่อน (vault init)")
e("error.wrongPassphrase", "The user name or passphrase is not correct.", "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง")
e("error.unlockThrottled", "Too many failed attempts. Try again in {0} seconds.", "ลองผิดหลายครั้งเกินไป โปรดลองใหม่ในอีก {0} วินาที")
e("error.backupExists", "A file with that name already exists. Choose another name for the backup.", "มีไฟล์ชื่อนี้อยู่แล้ว โปรดเลือกชื่ออื่นสำหรับไฟล์สำรอง")
e("error.fileMissing", "The file was not found.", "ไม่พบไฟล์")
e("error.restoreTargetNotEmpty", "Restore needs an empty or new folder; the chosen folder is not empty.", "การกู้คืนต้องใช้โฟลเดอร์ว่างหรือโฟลเดอร์ใหม่ แต่โฟลเดอร์ที่เลือกไม่ว่าง")
e("error.storage", "The data could not be read or written. Check the disk and try again.", "ไม่สามารถอ่านหรือเขียนข้อมูลได้ โปรดตรวจสอบดิสก์แล้วลองอีกครั้ง")
e("error.diskFull", "The disk is full. Nothing was saved; free some space and try again.", "ดิสก์เต็ม ยังไม่มีการบันทึกข้อมูล โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง")
e("error.databaseKeyMismatch", "The database does not match this vault key file. Restore the vault from a backup.", "ฐานข้อมูลไม่ตรงกับไฟล์กุญแจของคลังข้อมูลนี้ โปรดกู้คืนจากไฟล์สำรอง")
e("error.vaultInUse", "This vault is open in another window or program. Close it there first.", "คลังข้อมูลนี้เปิดอยู่ในหน้าต่างหรือโปรแกรมอื่น โปรดปิดที่นั่นก่อน")
e("error.vaultDamaged", "The vault database is damaged. Restore it from a backup.", "ฐานข้อมูลของคลังข้อมูลเสียหาย โปรดกู้คืนจากไฟล์สำรอง")
e("error.keyFileDamaged", "The vault key file is damaged. Restore the vault from a backup.", "ไฟล์กุญแจของคลังข้อมูลเสียหาย โปรดกู้คืนจากไฟล์สำรอง")
e("error.userExists", "A user with that name already exists.", "มีผู้ใช้ชื่อนี้อยู่แล้ว")
e("error.backupDamaged", "The backup file is damaged or was altered; it cannot be used.", "ไฟล์สำรองเสียหายหรือถูกแก้ไข ไม่สามารถใช้งานได้")
e("error.notABackup", "This file is not a SHIELD Case Desk backup.", "ไฟล์นี้ไม่ใช่ไฟล์สำรองของ SHIELD Case Desk")
e("error.vaultLocked", "The vault was locked. Unlock it and try again; nothing was changed.", "คลังข้อมูลถูกล็อกแล้ว โปรดปลดล็อกแล้วลองอีกครั้ง ไม่มีการเปลี่ยนแปลงใด")
e("error.preferencesNotSaved", "The settings could not be saved (check the disk); the previous settings still apply.", "ไม่สามารถบันทึกการตั้งค่าได้ (โปรดตรวจสอบดิสก์) ยังคงใช้การตั้งค่าเดิม")
e("error.cancelled", "Cancelled. Nothing was changed.", "ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงใด")
e("error.unexpected", "Something went wrong (incident {0}). Your saved data is safe. Please report the incident number.", "เกิดข้อผิดพลาด (เหตุการณ์ {0}) ข้อมูลที่บันทึกแล้วยังปลอดภัย โปรดแจ้งหมายเลขเหตุการณ์นี้")
# passphrase policy
e("passphrase.tooShort", "The passphrase must have at least {0} characters.", "รหัสผ่านต้องมีอย่างน้อย {0} ตัวอักษร")
e("passphrase.containsUserName", "The passphrase must not contain the user name.", "รหัสผ่านต้องไม่มีชื่อผู้ใช้อยู่")
e("passphrase.repeated", "The passphrase is too simple (repeated or sequential characters).", "รหัสผ่านง่ายเกินไป (ตัวอักษรซ้ำหรือเรียงกัน)")
e("passphrase.common", "That passphrase is too common. Choose another.", "รหัสผ่านนี้ใช้กันทั่วไปเกินไป โปรดเลือกรหัสอื่น")
e("passphrase.sameAsOld", "The new passphrase must differ from the current one.", "รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านปัจจุบัน")
e("passphrase.mismatch", "The two passphrases do not match.", "รหัสผ่านทั้งสองช่องไม่ตรงกัน")

# access, pseudonyms, approvals, users (issue 3)
e("error.accessDenied", "Your roles do not allow this ({0}). The attempt was recorded.", "บทบาทของคุณไม่อนุญาตให้ทำสิ่งนี้ ({0}) ระบบได้บันทึกความพยายามนี้ไว้แล้ว")
e("error.partyNotFound", "That party is not in this case.", "ไม่พบผู้เกี่ยวข้องนี้ในคดี")
e("error.userUnknown", "There is no active user named {0}.", "ไม่มีผู้ใช้ที่ใช้งานอยู่ชื่อ {0}")
e("error.userNotCaseworker", "{0} is not a caseworker.", "{0} ไม่ใช่นักสังคมสงเคราะห์")
e("error.approvalNotFound", "That request for approval does not exist.", "ไม่พบคำขออนุมัตินี้")
e("case.closure.needsApproval", "Closing a case needs a supervisor's approval: use Request closure and give the reason.", "การปิดคดีต้องได้รับอนุมัติจากผู้บังคับบัญชา โปรดใช้ ขอปิดคดี และระบุเหตุผล")
e("nonPunishment.needsApproval", "This person is recorded as a victim or possible victim. Under the non-punishment principle, making them a suspect needs a supervisor's approval with a written reason.", "บุคคลนี้ถูกบันทึกเป็นผู้เสียหายหรือผู้ที่อาจเป็นผู้เสียหาย ตามหลักการไม่ลงโทษผู้เสียหาย การระบุให้เป็นผู้ต้องสงสัยต้องได้รับอนุมัติจากผู้บังคับบัญชาพร้อมเหตุผลเป็นลายลักษณ์อักษร")
e("identity.protected", "{0} is a protected person. Their identity is shown only through Reveal identity, with a stated purpose.", "{0} เป็นบุคคลที่ได้รับการคุ้มครอง จะแสดงตัวตนได้ผ่าน เปิดเผยตัวตน พร้อมระบุวัตถุประสงค์เท่านั้น")
e("identity.purpose.tooShort", "State the purpose of seeing this identity (at least {0} characters).", "โปรดระบุวัตถุประสงค์ในการดูตัวตนนี้ (อย่างน้อย {0} ตัวอักษร)")
tl("identity.purpose", "The purpose", "วัตถุประสงค์")
tl("person.pseudonym", "The pseudonym", "นามแฝง")
tl("case.teamMember", "A team member's user name", "ชื่อผู้ใช้ของสมาชิกทีม", required=False)
tl("party.referredTo", "The caseworker's user name", "ชื่อผู้ใช้ของนักสังคมสงเคราะห์", required=False)
e("party.refer.victimsOnly", "Only victims, possible victims and witnesses are referred to a caseworker.", "ส่งต่อให้นักสังคมสงเคราะห์ได้เฉพาะผู้เสียหาย ผู้ที่อาจเป็นผู้เสียหาย และพยานเท่านั้น")
tl("approval.reason", "The reason for the request", "เหตุผลของคำขอ")
tl("approval.decisionReason", "The reason for the decision", "เหตุผลของการตัดสินใจ")
e("approval.alreadyDecided", "This request has already been decided.", "คำขอนี้ได้รับการพิจารณาแล้ว")
e("approval.ownRequest", "You cannot decide your own request: another supervisor must.", "คุณไม่สามารถพิจารณาคำขอของตนเองได้ ต้องเป็นผู้บังคับบัญชาคนอื่น")
e("approval.closure.statusRequired", "Choose how the case is closed (Closed or Closed, referred).", "โปรดเลือกวิธีปิดคดี (ปิด หรือ ปิดและส่งต่อ)")
e("approval.closure.alreadyClosed", "This case is already closed.", "คดีนี้ปิดแล้ว")
e("approval.alreadyPending", "A request for this is already waiting for a decision.", "มีคำขอเรื่องนี้รอการพิจารณาอยู่แล้ว")
e("user.disable.self", "You cannot disable your own account.", "คุณไม่สามารถระงับบัญชีของตนเองได้")
e("user.disabled", "This account is disabled.", "บัญชีนี้ถูกระงับแล้ว")
e("user.change.self", "You cannot change your own roles or unit: another administrator must.", "คุณไม่สามารถเปลี่ยนบทบาทหรือหน่วยงานของตนเองได้ ต้องให้ผู้ดูแลระบบคนอื่นดำเนินการ")
e("user.lastAdministrator", "The vault must keep at least one active administrator.", "คลังข้อมูลต้องมีผู้ดูแลระบบที่ใช้งานอยู่อย่างน้อยหนึ่งคน")
# cli
e("cli.noPassphrase", "No passphrase given: use --passphrase-file FILE or the SHIELD_PASSPHRASE variable, or run in a terminal.", "ไม่ได้ระบุรหัสผ่าน: ใช้ --passphrase-file FILE หรือตัวแปร SHIELD_PASSPHRASE หรือเรียกใช้ในเทอร์มินัล")
e("cli.passphraseFileEmpty", "The passphrase file is empty.", "ไฟล์รหัสผ่านว่างเปล่า")
e("cli.passphraseFileUnreadable", "The passphrase file cannot be read.", "ไม่สามารถอ่านไฟล์รหัสผ่านได้")
e("cli.vaultCreated", "Vault created. First administrator: {0}", "สร้างคลังข้อมูลแล้ว ผู้ดูแลระบบคนแรก: {0}")
e("cli.vaultVerified", "Vault verified: {0} tables, {1} rows read, all intact.", "ตรวจสอบคลังข้อมูลแล้ว: {0} ตาราง อ่าน {1} แถว ครบถ้วนทั้งหมด")
e("cli.backupWritten", "Backup written and verified: {0}", "เขียนและตรวจสอบไฟล์สำรองแล้ว: {0}")
e("cli.restored", "Backup restored and verified into {0}", "กู้คืนและตรวจสอบไฟล์สำรองไปยัง {0} แล้ว")
e("cli.passphraseChanged", "Passphrase changed.", "เปลี่ยนรหัสผ่านแล้ว")
e("cli.demoAdded", "Added {0} DEMO cases.", "เพิ่มคดีสาธิต {0} คดีแล้ว")
# domain rules
e("record.deleteReasonRequired", "A reason is required to delete a record.", "ต้องระบุเหตุผลในการลบระเบียน")
tl("record.deletionReason", "The reason for deleting", "เหตุผลในการลบ")
e("record.deleted", "This record has been deleted and cannot be changed.", "ระเบียนนี้ถูกลบแล้วและไม่สามารถแก้ไขได้")
tl("case.number", "The case number", "เลขคดี")
tl("case.title", "The case title", "ชื่อคดี")
tl("case.unit", "The unit", "หน่วยงาน")
e("case.status.required", "The case status is required.", "ต้องระบุสถานะคดี")
tl("case.closureReason", "The closure reason", "เหตุผลการปิดคดี")
e("case.closedOn.beforeOpened", "The closing date cannot be before the opening date.", "วันที่ปิดคดีต้องไม่ก่อนวันที่เปิดคดี")
tl("case.summary", "The summary", "สรุปคดี", required=False)
e("case.sensitivity.required", "The sensitivity marking is required.", "ต้องระบุระดับชั้นความลับ")
tl("case.lead", "The lead investigator", "พนักงานสอบสวนหลัก", required=False)
e("case.openedOn.required", "The opening date is required.", "ต้องระบุวันที่เปิดคดี")
tl("case.tag", "A tag", "แท็ก", required=False)
e("party.role.required", "The role in the case is required.", "ต้องระบุบทบาทในคดี")
e("party.roleInProcess.suspectOnly", "A role in the trafficking process applies to suspects only.", "บทบาทในกระบวนการค้ามนุษย์ใช้กับผู้ต้องสงสัยเท่านั้น")
tl("party.note", "The note", "หมายเหตุ", required=False)
e("event.type.required", "The kind of event is required.", "ต้องระบุประเภทเหตุการณ์")
e("event.coordinates.bothOrNone", "Give both latitude and longitude, or neither.", "ต้องระบุทั้งละติจูดและลองจิจูด หรือไม่ระบุทั้งสองค่า")
e("event.coordinates.range", "Latitude must be between -90 and 90, longitude between -180 and 180.", "ละติจูดต้องอยู่ระหว่าง -90 ถึง 90 และลองจิจูดระหว่าง -180 ถึง 180")
tl("event.place", "The place", "สถานที่", required=False)
tl("event.description", "The description", "คำอธิบาย", required=False)
tl("note.body", "The note text", "ข้อความบันทึก")
e("note.appendOnly", "Notes cannot be changed; add a correction instead.", "ไม่สามารถแก้ไขบันทึกได้ โปรดเพิ่มบันทึกแก้ไขแทน")
e("note.correctsOtherCase", "A correction must refer to a note of the same case.", "บันทึกแก้ไขต้องอ้างถึงบันทึกในคดีเดียวกัน")
e("country.invalid", "Unknown country code; use ISO 3166 two-letter codes such as TH, MM, KH, LA.", "รหัสประเทศไม่ถูกต้อง โปรดใช้รหัส ISO 3166 สองตัวอักษร เช่น TH, MM, KH, LA")
e("language.invalid", "Unknown language code; use ISO 639 codes such as th, my, km, lo.", "รหัสภาษาไม่ถูกต้อง โปรดใช้รหัส ISO 639 เช่น th, my, km, lo")
e("person.alias.kind.required", "Say whether the name is an alias or a nickname.", "โปรดระบุว่าเป็นชื่อแฝงหรือชื่อเล่น")
tl("person.alias", "The alias", "ชื่อแฝง")
e("person.document.type.required", "The document type is required.", "ต้องระบุประเภทเอกสาร")
e("person.document.expiresBeforeIssued", "The expiry date cannot be before the issue date.", "วันหมดอายุต้องไม่ก่อนวันออกเอกสาร")
tl("person.document.number", "The document number", "เลขที่เอกสาร")
e("person.contact.type.required", "The contact type is required.", "ต้องระบุประเภทช่องทางติดต่อ")
tl("person.contact.value", "The contact value", "ข้อมูลติดต่อ")
e("person.contact.phone.e164", "Enter the phone number with its country code, e.g. +66 81 234 5678.", "โปรดกรอกหมายเลขโทรศัพท์พร้อมรหัสประเทศ เช่น +66 81 234 5678")
e("person.contact.email.invalid", "That is not a valid e-mail address.", "ที่อยู่อีเมลไม่ถูกต้อง")
tl("person.nameNative", "The name in own script", "ชื่อในอักษรของตนเอง", required=False)
tl("person.nameLatin", "The name in Latin letters", "ชื่อในอักษรละติน", required=False)
e("person.name.required", "Give at least one name, in own script or in Latin letters.", "โปรดระบุชื่ออย่างน้อยหนึ่งชื่อ ในอักษรของตนเองหรืออักษรละติน")
e("person.age.birthOrEstimate", "Give either a date of birth or an estimated age, not both.", "โปรดระบุวันเกิดหรืออายุโดยประมาณอย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง")
e("person.dateOfBirth.future", "The date of birth cannot be in the future.", "วันเกิดต้องไม่เป็นวันในอนาคต")
e("person.estimatedAge.range", "The estimated age must be between 0 and {0}.", "อายุโดยประมาณต้องอยู่ระหว่าง 0 ถึง {0}")
tl("organisation.name", "The organisation name", "ชื่อองค์กร")
e("organisation.type.required", "The organisation type is required.", "ต้องระบุประเภทองค์กร")
tl("organisation.place", "The place", "สถานที่", required=False)
tl("user.unit", "The unit", "หน่วยงาน")
e("user.roles.required", "A user needs at least one role.", "ผู้ใช้ต้องมีบทบาทอย่างน้อยหนึ่งบทบาท")
tl("user.displayName", "The display name", "ชื่อที่แสดง", required=False)
e("user.name.invalid", "User names are 3 to 64 lower-case letters, digits, dots, dashes or underscores.", "ชื่อผู้ใช้ต้องเป็นอักษรตัวพิมพ์เล็ก ตัวเลข จุด ขีด หรือขีดล่าง 3 ถึง 64 ตัว")

# cli: audit and users
# (the audit and user commands of the command line, and the audit export adapter, infra.export)
e("error.exportExists", "A file with that name already exists. Choose another name for the export.", "มีไฟล์ชื่อนี้อยู่แล้ว โปรดเลือกชื่ออื่นสำหรับไฟล์ส่งออก")
e("error.exportNotWritten", "The export could not be written. Check the folder and the disk, and try again.", "ไม่สามารถเขียนไฟล์ส่งออกได้ โปรดตรวจสอบโฟลเดอร์และดิสก์แล้วลองอีกครั้ง")
e("cli.mustChangePassphrase", "You were given a temporary passphrase. Choose your own first: vault passwd --new-passphrase-file FILE", "คุณได้รับรหัสผ่านชั่วคราว โปรดตั้งรหัสผ่านของคุณเองก่อน: vault passwd --new-passphrase-file FILE")
e("cli.auditIntact", "Audit trail intact: {0} entries checked.", "บันทึกการตรวจสอบครบถ้วน: ตรวจแล้ว {0} รายการ")
e("cli.auditDamaged.ALTERED", "Audit trail NOT intact: entry {0} was altered after it was written.", "บันทึกการตรวจสอบไม่ครบถ้วน: รายการที่ {0} ถูกแก้ไขหลังจากบันทึก")
e("cli.auditDamaged.REMOVED", "Audit trail NOT intact: entries were removed before entry {0}.", "บันทึกการตรวจสอบไม่ครบถ้วน: มีรายการถูกลบก่อนรายการที่ {0}")
e("cli.auditDamaged.INSERTED", "Audit trail NOT intact: entry {0} was inserted; this vault did not write it.", "บันทึกการตรวจสอบไม่ครบถ้วน: รายการที่ {0} ถูกแทรกเข้ามา คลังข้อมูลนี้ไม่ได้บันทึกรายการนี้")
e("cli.auditDamaged.REORDERED", "Audit trail NOT intact: entry {0} was moved out of its place (reordered).", "บันทึกการตรวจสอบไม่ครบถ้วน: รายการที่ {0} ถูกย้ายออกจากตำแหน่งเดิม (สลับลำดับ)")
e("cli.auditListTruncated", "Showing the newest {0} of {1} entries. Use --limit N, or --format csv or json for all of them.", "แสดง {0} รายการล่าสุดจากทั้งหมด {1} รายการ ใช้ --limit N หรือ --format csv หรือ json เพื่อดูทั้งหมด")
e("cli.auditExported", "{0} entries written to {1}", "เขียน {0} รายการลงใน {1} แล้ว")
e("cli.userAdded", "User {0} added. They must choose their own passphrase when they first unlock.", "เพิ่มผู้ใช้ {0} แล้ว ผู้ใช้ต้องตั้งรหัสผ่านของตนเองเมื่อปลดล็อกครั้งแรก")
e("cli.userDisabled", "User {0} disabled: they can no longer unlock this vault.", "ปิดการใช้งานผู้ใช้ {0} แล้ว ผู้ใช้นี้ไม่สามารถปลดล็อกคลังข้อมูลนี้ได้อีก")
e("cli.passphraseReset", "Temporary passphrase set for {0}. They must choose their own at the next unlock.", "ตั้งรหัสผ่านชั่วคราวให้ {0} แล้ว ผู้ใช้ต้องตั้งรหัสผ่านของตนเองเมื่อปลดล็อกครั้งถัดไป")
# end cli: audit and users

# interviews and evidence (issue 4)
tl("exhibit.number", "The exhibit number", "หมายเลขวัตถุพยาน")
tl("exhibit.description", "The description", "คำอธิบาย")
for k, en, th in [("deviceMake","The device make","ยี่ห้ออุปกรณ์"),("deviceModel","The device model","รุ่นอุปกรณ์"),("deviceSerial","The serial number","หมายเลขเครื่อง"),("imei","The IMEI","หมายเลข IMEI"),("account","The account","บัญชี"),("url","The address (URL)","ที่อยู่ (URL)"),("obtainedHow","How it was obtained","วิธีที่ได้มา"),("legalAuthority","The legal authority","อำนาจตามกฎหมาย"),("collectedBy","Collected by","ผู้เก็บรวบรวม"),("collectedByRole","The collector's role","ตำแหน่งของผู้เก็บรวบรวม"),("collectedByBadge","The badge number","หมายเลขประจำตัว"),("timeZone","The time zone","เขตเวลา"),("place","The place","สถานที่"),("tool","The tool","เครื่องมือ"),("toolVersion","The tool version","รุ่นของเครื่องมือ"),("originalFileName","The original file name","ชื่อไฟล์ต้นฉบับ"),("condition","The condition","สภาพ"),("sealNumber","The seal or bag number","หมายเลขซีลหรือถุง"),("storageLocation","The storage location","สถานที่เก็บรักษา")]:
    tl("exhibit."+k, en, th, required=False)
e("exhibit.timeZone.invalid", "Unknown time zone; use a name such as Asia/Bangkok or an offset such as +07:00.", "เขตเวลาไม่ถูกต้อง โปรดใช้ชื่อ เช่น Asia/Bangkok หรือค่าชดเชย เช่น +07:00")
e("exhibit.hash.invalid", "That is not a valid hash value.", "ค่าแฮชไม่ถูกต้อง")
e("exhibit.parentSelf", "An exhibit cannot be its own parent.", "วัตถุพยานไม่สามารถเป็นต้นทางของตัวเองได้")
e("exhibit.parentOtherCase", "The parent exhibit must belong to the same case.", "วัตถุพยานต้นทางต้องอยู่ในคดีเดียวกัน")
e("exhibit.noContent", "This exhibit has no stored file (physical exhibit or document).", "วัตถุพยานนี้ไม่มีไฟล์ที่จัดเก็บ (วัตถุพยานทางกายภาพหรือเอกสาร)")
e("exhibit.file.required", "A digital exhibit needs a file.", "วัตถุพยานดิจิทัลต้องมีไฟล์")
e("exhibit.file.notAllowed", "Only digital exhibits have a file; physical exhibits and documents are described instead.", "เฉพาะวัตถุพยานดิจิทัลเท่านั้นที่มีไฟล์ วัตถุพยานทางกายภาพและเอกสารให้บันทึกรายละเอียดแทน")
e("exhibit.file.unreadable", "The file cannot be read. Check that it exists and that you may open it.", "ไม่สามารถอ่านไฟล์ได้ โปรดตรวจสอบว่าไฟล์มีอยู่และคุณมีสิทธิ์เปิด")
e("exhibit.number.invalid", "Exhibit numbers are up to 20 letters, digits, dots, slashes or dashes.", "หมายเลขวัตถุพยานต้องเป็นตัวอักษร ตัวเลข จุด ทับ หรือขีด ไม่เกิน 20 ตัว")
e("exhibit.number.taken", "Exhibit number {0} is already used in this case.", "หมายเลขวัตถุพยาน {0} ถูกใช้แล้วในคดีนี้")
e("exhibit.number.usedBefore", "Exhibit number {0} was used in this case before a relabel; a number is never used twice.", "หมายเลขวัตถุพยาน {0} เคยใช้ในคดีนี้ก่อนการเปลี่ยนหมายเลข หมายเลขหนึ่งใช้ได้เพียงครั้งเดียว")
e("exhibit.relabel.reasonRequired", "Say why the exhibit is relabelled (for example: the same number was given to another exhibit on another laptop).", "โปรดระบุเหตุผลที่เปลี่ยนหมายเลขวัตถุพยาน (เช่น มีการใช้หมายเลขเดียวกันกับวัตถุพยานอื่นในเครื่องอื่น)")
e("exhibit.purpose.required", "State the purpose (at least {0} characters); it is recorded.", "โปรดระบุวัตถุประสงค์ (อย่างน้อย {0} ตัวอักษร) ระบบจะบันทึกไว้")
e("error.exhibitNotFound", "No such exhibit: {0}", "ไม่พบวัตถุพยาน: {0}")
e("error.evidenceMissing", "The stored file of this exhibit is missing from the vault folder.", "ไม่พบไฟล์ที่จัดเก็บของวัตถุพยานนี้ในโฟลเดอร์คลังข้อมูล")
e("error.evidenceDamaged", "The stored file of this exhibit is damaged or was altered; it cannot be opened.", "ไฟล์ที่จัดเก็บของวัตถุพยานนี้เสียหายหรือถูกแก้ไข ไม่สามารถเปิดได้")
e("error.evidenceSourceUnreadable", "The file could not be read to the end. Nothing was kept; check the drive and try again.", "ไม่สามารถอ่านไฟล์ได้จนจบ ไม่มีการเก็บข้อมูลใด โปรดตรวจสอบไดรฟ์แล้วลองอีกครั้ง")
tl("custody.from", "The custodian", "ผู้ครอบครอง", required=False)
tl("custody.to", "The receiving user", "ผู้รับ")
tl("custody.place", "The place", "สถานที่", required=False)
tl("custody.purpose", "The purpose", "วัตถุประสงค์", required=False)
tl("custody.storageAfter", "The storage location", "สถานที่เก็บรักษา", required=False)
e("custody.appendOnly", "Custody steps cannot be changed or deleted; record a new step that corrects it.", "ไม่สามารถแก้ไขหรือลบขั้นตอนการครอบครองได้ โปรดบันทึกขั้นตอนใหม่เพื่อแก้ไข")
e("custody.transferNeedsBoth", "A transfer names who hands over and who receives.", "การส่งมอบต้องระบุผู้ส่งและผู้รับ")
e("custody.transferToSelf", "An exhibit cannot be transferred to its current custodian.", "ไม่สามารถส่งมอบวัตถุพยานให้ผู้ครอบครองปัจจุบันได้")
e("custody.actionBySystem", "Collection, viewing and export are recorded by the vault itself when they happen.", "การเก็บรวบรวม การเปิดดู และการส่งออก ระบบจะบันทึกเองเมื่อเกิดขึ้น")
e("custody.destroyed", "This exhibit was destroyed; no further custody step can follow.", "วัตถุพยานนี้ถูกทำลายแล้ว ไม่สามารถบันทึกขั้นตอนการครอบครองต่อได้")
e("custody.nothingToReceive", "Nothing to receive: the exhibit was not transferred to you.", "ไม่มีสิ่งที่ต้องรับ วัตถุพยานไม่ได้ถูกส่งมอบให้คุณ")
e("custody.recipientNotOnCase", "{0} cannot hold evidence of this case (not on its team or in its unit).", "{0} ไม่สามารถครอบครองวัตถุพยานของคดีนี้ได้ (ไม่ได้อยู่ในทีมหรือหน่วยงานของคดี)")
e("disclosure.folderNotEmpty", "Choose a new or empty folder for the disclosure export.", "โปรดเลือกโฟลเดอร์ใหม่หรือโฟลเดอร์ว่างสำหรับการส่งออกเพื่อเปิดเผยพยานหลักฐาน")
e("integrity.custody.chainBroken", "the custody chain has a gap or is out of order", "ห่วงโซ่การครอบครองขาดตอนหรือเรียงลำดับผิด")
e("integrity.custody.notInTrail", "a custody step is missing from the audit trail", "ขั้นตอนการครอบครองหายไปจากบันทึกการตรวจสอบ")
e("integrity.custody.differs", "a custody step differs from what the audit trail recorded", "ขั้นตอนการครอบครองไม่ตรงกับที่บันทึกการตรวจสอบบันทึกไว้")
e("integrity.custody.missingEvent", "a custody step recorded in the audit trail was removed", "ขั้นตอนการครอบครองที่บันทึกไว้ในบันทึกการตรวจสอบถูกลบออก")
for k, en, th in [("place","The place","สถานที่"),("interviewers","The interviewers","ผู้สัมภาษณ์"),("interpreter","The interpreter","ล่าม"),("languages","The languages","ภาษา"),("supportPerson","The support person","ผู้ให้การช่วยเหลือ"),("breaks","The breaks","การพัก"),("statementLanguage","The statement language","ภาษาของคำให้การ"),("statement","The statement","คำให้การ"),("translationLanguage","The translation language","ภาษาของคำแปล"),("translation","The translation","คำแปล"),("translator","The translator","ผู้แปล")]:
    tl("interview."+k, en, th, required=False)
tl("interview.addendum", "The addendum", "บันทึกเพิ่มเติม")
tl("interview.returnReason", "The reason for returning it", "เหตุผลในการส่งคืน")
tl("unit.code", "The unit code", "รหัสหน่วยงาน")
e("interview.endBeforeStart", "The interview cannot end before it starts.", "เวลาสิ้นสุดการสัมภาษณ์ต้องไม่ก่อนเวลาเริ่ม")
e("interview.statement.required", "Sign-off needs the statement or its translation.", "การลงนามรับรองต้องมีคำให้การหรือคำแปล")
e("interview.translator.required", "A translation must name its translator.", "คำแปลต้องระบุชื่อผู้แปล")
e("interview.date.required", "Sign-off needs the date of the interview.", "การลงนามรับรองต้องมีวันที่สัมภาษณ์")
e("interview.signOff.noConsent", "Sign-off needs the person's agreement to the interview recorded as yes.", "การลงนามรับรองต้องบันทึกว่าบุคคลยินยอมให้สัมภาษณ์")
e("interview.signOff.noCaution", "A suspect interview needs the caution recorded as given.", "การสัมภาษณ์ผู้ต้องสงสัยต้องบันทึกว่าได้แจ้งสิทธิแล้ว")
e("interview.frozen", "This interview is signed off and cannot be changed; add an addendum instead.", "การสัมภาษณ์นี้ลงนามรับรองแล้วและแก้ไขไม่ได้ โปรดเพิ่มบันทึกเพิ่มเติมแทน")
e("interview.addendumBeforeSignOff", "Addenda are added after sign-off; until then, edit the interview itself.", "บันทึกเพิ่มเติมเพิ่มได้หลังการลงนามรับรอง ก่อนหน้านั้นให้แก้ไขการสัมภาษณ์โดยตรง")
e("interview.addendumAppendOnly", "Addenda cannot be changed; add another addendum.", "ไม่สามารถแก้ไขบันทึกเพิ่มเติมได้ โปรดเพิ่มบันทึกเพิ่มเติมใหม่")
e("interview.notAwaitingCountersign", "This interview is not waiting for a countersignature.", "การสัมภาษณ์นี้ไม่ได้รอการลงนามรับรองร่วม")
e("interview.countersignOwn", "You signed off or edited this interview; a supervisor who did neither must countersign it.", "คุณเป็นผู้ลงนามรับรองหรือแก้ไขการสัมภาษณ์นี้ ผู้บังคับบัญชาที่ไม่ได้ทำทั้งสองอย่างต้องเป็นผู้ลงนามร่วม")
e("integrity.record.notInTrail", "the exhibit's intake is missing from the audit trail", "การรับวัตถุพยานเข้าระบบไม่มีอยู่ในบันทึกการตรวจสอบ")
e("integrity.record.differs", "the exhibit's hashes or size differ from those recorded at intake", "ค่าแฮชหรือขนาดของวัตถุพยานไม่ตรงกับที่บันทึกไว้เมื่อรับเข้า")
e("custody.awaitingReceipt", "This exhibit was transferred and waits for the receiver to record its receipt; only the receipt (or a supervisor's new transfer) can come next.", "วัตถุพยานนี้ถูกส่งมอบแล้วและรอผู้รับบันทึกการรับมอบ ขั้นตอนถัดไปต้องเป็นการรับมอบ (หรือการส่งมอบใหม่โดยผู้บังคับบัญชา) เท่านั้น")
e("custody.inFuture", "A custody step cannot be dated in the future.", "ไม่สามารถลงวันที่ขั้นตอนการครอบครองเป็นเวลาในอนาคตได้")
e("exhibit.parentCycle", "That parent would make the exhibit its own ancestor.", "วัตถุพยานต้นทางนี้จะทำให้วัตถุพยานเป็นต้นทางของตัวเอง")
e("exhibit.sensitiveFlagNeedsRight", "Only someone who may open sensitive exhibits can remove a minor or sexual-content flag.", "เฉพาะผู้ที่มีสิทธิ์เปิดวัตถุพยานที่อ่อนไหวเท่านั้นที่สามารถยกเลิกการระบุว่าเกี่ยวกับผู้เยาว์หรือเนื้อหาทางเพศได้")
e("interview.signatureBroken", "The signed content of this interview does not match its recorded hash: it was changed outside the app.", "เนื้อหาที่ลงนามรับรองของการสัมภาษณ์นี้ไม่ตรงกับค่าแฮชที่บันทึกไว้ มีการแก้ไขจากภายนอกโปรแกรม")
e("interview.kind.required", "The kind of interview is required.", "ต้องระบุประเภทการสัมภาษณ์")
e("interview.personNotParty", "The person interviewed must be a party of this case.", "ผู้ถูกสัมภาษณ์ต้องเป็นผู้เกี่ยวข้องในคดีนี้")
e("interview.suspectNotParty", "A suspect interview needs the person recorded as a suspect in this case first.", "การสัมภาษณ์ผู้ต้องสงสัยต้องบันทึกบุคคลนี้เป็นผู้ต้องสงสัยในคดีนี้ก่อน")
e("interview.register.notSeen", "Review this person's earlier interviews before scheduling another: the register has changed.", "โปรดตรวจดูการสัมภาษณ์ครั้งก่อนของบุคคลนี้ก่อนนัดหมายครั้งใหม่ ทะเบียนการสัมภาษณ์มีการเปลี่ยนแปลง")
e("interview.recordingOtherCase", "The recording must be an exhibit of the same case.", "ไฟล์บันทึกต้องเป็นวัตถุพยานในคดีเดียวกัน")
e("nonPunishment.interviewNeedsApproval", "This person is recorded as a victim or possible victim. Under the non-punishment principle, interviewing them as a suspect needs a supervisor's approval of their designation as a suspect first.", "บุคคลนี้ถูกบันทึกเป็นผู้เสียหายหรือผู้ที่อาจเป็นผู้เสียหาย ตามหลักการไม่ลงโทษผู้เสียหาย การสัมภาษณ์ในฐานะผู้ต้องสงสัยต้องได้รับอนุมัติจากผู้บังคับบัญชาให้ระบุเป็นผู้ต้องสงสัยก่อน")
e("error.interviewNotFound", "That interview does not exist.", "ไม่พบการสัมภาษณ์นี้")
# end interviews and evidence

# screening (issue 5)
tl("screening.indicator", "The indicator", "ตัวชี้วัด")
tl("screening.note", "The note", "หมายเหตุ", required=False)
e("screening.unknownIndicator", "An answer names an indicator that is not in the checklists.", "มีคำตอบที่อ้างถึงตัวชี้วัดที่ไม่อยู่ในรายการตรวจคัดกรอง")
e("screening.indicatorNotInChecklist", "An answer belongs to another checklist (another age group or form of exploitation).", "มีคำตอบที่เป็นของรายการตรวจอื่น (กลุ่มอายุหรือรูปแบบการแสวงประโยชน์อื่น)")
e("screening.duplicateAnswer", "The same indicator was answered twice.", "มีการตอบตัวชี้วัดเดียวกันซ้ำสองครั้ง")
e("screening.noAnswers", "A screening needs at least one answer.", "การคัดกรองต้องมีคำตอบอย่างน้อยหนึ่งข้อ")
e("screening.appendOnly", "A screening cannot be changed; record a new one, and the earlier one is kept.", "ไม่สามารถแก้ไขการคัดกรองได้ โปรดบันทึกการคัดกรองใหม่ และการคัดกรองเดิมจะยังคงเก็บไว้")
e("screening.sourceOtherCase", "A source must be an interview or exhibit of the same case.", "แหล่งที่มาต้องเป็นการสัมภาษณ์หรือวัตถุพยานในคดีเดียวกัน")
e("screening.notAVictimParty", "Only a victim or possible victim of this case is screened.", "คัดกรองได้เฉพาะผู้เสียหายหรือผู้ที่อาจเป็นผู้เสียหายในคดีนี้")
e("error.screeningNotFound", "That screening does not exist.", "ไม่พบการคัดกรองนี้")
e("mdt.status.required", "The trafficking status decided is required.", "ต้องระบุสถานะการค้ามนุษย์ที่ตัดสิน")
e("mdt.decidingOrg.required", "Say which kind of organisation made the decision.", "โปรดระบุประเภทองค์กรที่ตัดสิน")
e("mdt.decidedOn.required", "The date of the decision is required.", "ต้องระบุวันที่ตัดสิน")
e("mdt.decidedOn.future", "The date of the decision cannot be in the future.", "วันที่ตัดสินต้องไม่เป็นวันในอนาคต")
tl("mdt.membersPresent", "The members present", "ผู้เข้าร่วมประชุม")
tl("mdt.reasons", "The reasons", "เหตุผล")
e("care.shelter.required", "Choose the shelter.", "โปรดเลือกสถานคุ้มครอง")
e("care.admittedOn.required", "The admission date is required.", "ต้องระบุวันที่รับเข้า")
e("care.admittedOn.future", "The admission date cannot be in the future.", "วันที่รับเข้าต้องไม่เป็นวันในอนาคต")
tl("care.room", "The room or bed", "ห้องหรือเตียง", required=False)
tl("care.departureNote", "The note", "หมายเหตุ", required=False)
e("care.alreadyLeft", "This stay has already ended.", "การพักนี้สิ้นสุดแล้ว")
e("care.departure.required", "Give the date and the reason for leaving.", "โปรดระบุวันที่และเหตุผลในการออกจากสถานคุ้มครอง")
e("care.leftBeforeAdmitted", "A stay cannot end before it began.", "การพักต้องไม่สิ้นสุดก่อนวันที่เริ่ม")
e("care.leftOn.future", "The date of leaving cannot be in the future.", "วันที่ออกต้องไม่เป็นวันในอนาคต")
e("care.alreadyInShelter", "This person is in a shelter now; record the departure or a transfer first.", "บุคคลนี้อยู่ในสถานคุ้มครองแล้ว โปรดบันทึกการออกหรือการย้ายก่อน")
e("care.notAVictimParty", "Shelter care is recorded for a victim or possible victim of this case.", "บันทึกการคุ้มครองได้เฉพาะผู้เสียหายหรือผู้ที่อาจเป็นผู้เสียหายในคดีนี้")
e("victim.notFound", "No victim with the pseudonym {0} among the victims you care for.", "ไม่พบผู้เสียหายนามแฝง {0} ในบรรดาผู้เสียหายที่คุณดูแล")
e("care.reflectionDays.range", "The reflection period is 1 to 365 days.", "ระยะเวลาพักฟื้นและไตร่ตรองต้องอยู่ระหว่าง 1 ถึง 365 วัน")
e("consent.incomplete", "Give the purpose, how the consent was given and the date.", "โปรดระบุวัตถุประสงค์ วิธีการให้ความยินยอม และวันที่")
e("consent.partnerOnlyForSharing", "Name the partner organisation for sharing, and only for sharing.", "โปรดระบุองค์กรภาคีสำหรับการแบ่งปันข้อมูล และระบุเฉพาะกรณีการแบ่งปันข้อมูลเท่านั้น")
e("consent.givenOn.future", "The date of consent cannot be in the future.", "วันที่ให้ความยินยอมต้องไม่เป็นวันในอนาคต")
tl("consent.witness", "The witness or guardian", "พยานหรือผู้ปกครอง")
tl("consent.withdrawalNote", "The note", "หมายเหตุ", required=False)
e("consent.alreadyWithdrawn", "This consent was already withdrawn.", "ความยินยอมนี้ถูกเพิกถอนแล้ว")
e("consent.withdrawnOn.invalid", "The withdrawal date must be between the consent and today.", "วันที่เพิกถอนต้องอยู่ระหว่างวันที่ให้ความยินยอมกับวันนี้")
e("error.consentNotFound", "That consent does not exist.", "ไม่พบความยินยอมนี้")
e("task.dueOn.required", "The due date is required.", "ต้องระบุวันครบกำหนด")
tl("task.title", "The task", "งาน")
tl("task.assignee", "The person responsible", "ผู้รับผิดชอบ")
e("task.alreadyDone", "This task is already done.", "งานนี้เสร็จแล้ว")
e("error.taskNotFound", "That task does not exist.", "ไม่พบงานนี้")
e("error.stayNotFound", "That shelter stay does not exist.", "ไม่พบข้อมูลการพักในสถานคุ้มครองนี้")
# care assessments, plans, services and notes (issue 5, ADR 0015)
e("assessment.kind.required", "Choose what the assessment is about.", "โปรดเลือกประเภทของการประเมิน")
e("assessment.scope.required", "Choose whom the assessment covers.", "โปรดเลือกขอบเขตของการประเมิน")
e("assessment.assessedOn.required", "The date of the assessment is required.", "ต้องระบุวันที่ประเมิน")
e("assessment.assessedOn.future", "The date of the assessment cannot be in the future.", "วันที่ประเมินต้องไม่เป็นวันในอนาคต")
e("assessment.level.required", "Choose the level.", "โปรดเลือกระดับ")
tl("assessment.findings", "The findings", "ผลการประเมิน")
e("assessment.appendOnly", "An assessment is never changed: record a new one.", "การประเมินไม่สามารถแก้ไขได้ โปรดบันทึกการประเมินใหม่")
e("plan.startedOn.required", "The start date is required.", "ต้องระบุวันที่เริ่มแผน")
e("plan.type.required", "Choose the type of plan.", "โปรดเลือกประเภทของแผน")
tl("plan.objectives", "The objectives", "วัตถุประสงค์")
tl("plan.actions", "The actions", "แผนการดำเนินงาน", required=False)
e("plan.endBeforeStart", "A plan cannot end before it started.", "แผนต้องไม่สิ้นสุดก่อนวันที่เริ่ม")
e("plan.actualEndOn.required", "The end date is required.", "ต้องระบุวันที่สิ้นสุดจริง")
e("plan.actualEndOn.future", "The end date cannot be in the future.", "วันที่สิ้นสุดจริงต้องไม่เป็นวันในอนาคต")
e("plan.closed", "This plan is closed; it is kept as it ended.", "แผนนี้ปิดแล้ว และถูกเก็บไว้ตามสภาพเมื่อสิ้นสุด")
e("error.planNotFound", "That care plan does not exist.", "ไม่พบแผนการดูแลนี้")
e("service.otherVictimsPlan", "A service is recorded against a plan of the same person in this case.", "การให้บริการต้องบันทึกภายใต้แผนของบุคคลเดียวกันในคดีนี้")
e("service.planClosed", "Services are recorded against an open plan only; this plan is closed.", "บันทึกการให้บริการได้เฉพาะภายใต้แผนที่ยังเปิดอยู่ แผนนี้ปิดแล้ว")
e("service.type.required", "Choose the service.", "โปรดเลือกประเภทบริการ")
e("service.deliveredOn.required", "The date of the service is required.", "ต้องระบุวันที่ให้บริการ")
e("service.beforePlanStart", "A service cannot be recorded before the plan started.", "ไม่สามารถบันทึกการให้บริการก่อนวันที่เริ่มแผน")
e("service.deliveredOn.future", "The date of the service cannot be in the future.", "วันที่ให้บริการต้องไม่เป็นวันในอนาคต")
tl("service.providedBy", "Who provided the service", "ผู้ให้บริการ")
tl("service.note", "The note", "หมายเหตุ", required=False)
e("service.appendOnly", "A recorded service is never changed: record a new one.", "การให้บริการที่บันทึกแล้วไม่สามารถแก้ไขได้ โปรดบันทึกใหม่")
e("careNote.kind.required", "Choose counselling or medical.", "โปรดเลือกบันทึกการให้คำปรึกษาหรือบันทึกทางการแพทย์")
tl("careNote.body", "The note", "บันทึก")
e("careNote.correctsOtherVictim", "A correction must be of a note about the same person in this case.", "การแก้ไขต้องเป็นบันทึกของบุคคลเดียวกันในคดีนี้")
e("careNote.appendOnly", "A note is never changed: write a correction.", "บันทึกไม่สามารถแก้ไขได้ โปรดเขียนบันทึกแก้ไข")
e("careNote.caseworkersOnly", "Counselling and medical notes are visible to caseworkers only: the caseworker this person is referred to. The attempt was recorded.", "บันทึกการให้คำปรึกษาและบันทึกทางการแพทย์ดูได้เฉพาะนักสังคมสงเคราะห์ผู้รับผิดชอบบุคคลนี้เท่านั้น ระบบได้บันทึกความพยายามนี้ไว้แล้ว")
e("error.careNoteNotFound", "That note does not exist.", "ไม่พบบันทึกนี้")
e("mdt.screeningOfAnotherPerson", "The screening named must be of this person in this case.", "การคัดกรองที่อ้างถึงต้องเป็นของบุคคลนี้ในคดีนี้")
# end screening

# cli: interviews and evidence
# (the interview and evidence commands of the command line, infra.cli)
e("cli.exhibitAdded", "Exhibit {0} added  sha256 {1}", "เพิ่มวัตถุพยาน {0} แล้ว  sha256 {1}")
e("cli.evidenceIntact", "{0} exhibits verified, all intact.", "ตรวจสอบวัตถุพยานแล้ว {0} รายการ ครบถ้วนทั้งหมด")
e("cli.evidenceFailed", "{0}  {1}  expected sha256 {2}  found {3}", "{0}  {1}  sha256 ที่ควรเป็น {2}  ที่พบ {3}")
e("cli.evidenceFailedCustody", "{0}  {1}  expected sha256 {2}  found {3}  custody: {4}", "{0}  {1}  sha256 ที่ควรเป็น {2}  ที่พบ {3}  การครอบครอง: {4}")
e("cli.evidenceUnreadable", "unreadable", "อ่านไม่ได้")
e("cli.evidenceAtHq", "{0}  {1}  expected sha256 {2}  not checked here: the content is at HQ", "{0}  {1}  sha256 ที่ควรเป็น {2}  ไม่ได้ตรวจที่เครื่องนี้: เนื้อหาอยู่ที่สำนักงานใหญ่")
e("cli.evidenceNotCheckedHere", "Evidence not fully checked: {0} of {1} exhibits hold their content at HQ and could not be checked on this laptop. Connect to HQ and verify again.", "ตรวจพยานหลักฐานได้ไม่ครบ: วัตถุพยาน {0} จาก {1} รายการมีเนื้อหาอยู่ที่สำนักงานใหญ่และตรวจที่เครื่องนี้ไม่ได้ โปรดเชื่อมต่อกับสำนักงานใหญ่แล้วตรวจอีกครั้ง")
e("cli.evidenceNotIntact", "Evidence NOT intact: {0} of {1} exhibits failed verification and are flagged for the supervisor.", "พยานหลักฐานไม่ครบถ้วน: วัตถุพยาน {0} จาก {1} รายการไม่ผ่านการตรวจสอบ และถูกแจ้งให้ผู้บังคับบัญชาทราบแล้ว")
e("cli.disclosureWritten", "Disclosure export written to {0}: {1} exhibits, {2} files.", "ส่งออกเพื่อเปิดเผยพยานหลักฐานไปยัง {0} แล้ว: วัตถุพยาน {1} รายการ {2} ไฟล์")
e("cli.disclosureMismatches", "{0} exported copies do not match their intake SHA-256; see the manifest before disclosing.", "สำเนาที่ส่งออก {0} รายการไม่ตรงกับ SHA-256 เมื่อรับเข้า โปรดตรวจดูบัญชีรายการก่อนเปิดเผย")
# end cli: interviews and evidence

# screening indicators (issue 5)
# labels for src/main/resources/org/shield/domain/screening/indicators.tsv; sources in docs/screening-indicators.md
e("indicator.list.IloForcedLabour", "ILO indicators of forced labour", "ตัวชี้วัดการบังคับใช้แรงงาน 11 ประการของ ILO")
e("indicator.list.IloEc", "ILO/EC operational indicators of trafficking in human beings", "ตัวชี้วัดเชิงปฏิบัติการเรื่องการค้ามนุษย์ของ ILO และคณะกรรมาธิการยุโรป")
e("indicator.list.ScamCompound", "Scam-compound signs", "สัญญาณบ่งชี้กรณีแก๊งหลอกลวงออนไลน์")
e("indicator.dimension.DeceptiveRecruitment", "Deceptive recruitment", "การจัดหาโดยการหลอกลวง")
e("indicator.dimension.CoerciveRecruitment", "Coercive recruitment", "การจัดหาโดยการบังคับขู่เข็ญ")
e("indicator.dimension.RecruitmentByAbuseOfVulnerability", "Recruitment by abuse of vulnerability", "การจัดหาโดยฉวยประโยชน์จากความเปราะบาง")
e("indicator.dimension.Exploitation", "Exploitation", "การแสวงประโยชน์")
e("indicator.dimension.CoercionAtDestination", "Coercion at destination", "การบังคับขู่เข็ญ ณ ปลายทาง")
e("indicator.dimension.AbuseOfVulnerabilityAtDestination", "Abuse of vulnerability at destination", "การฉวยประโยชน์จากความเปราะบาง ณ ปลายทาง")
e("indicator.strength.Strong", "Strong", "น้ำหนักมาก")
e("indicator.strength.Medium", "Medium", "น้ำหนักปานกลาง")
e("indicator.strength.Weak", "Weak", "น้ำหนักน้อย")
e("indicator.ILO11_ABUSE_OF_VULNERABILITY", "Abuse of vulnerability", "การฉวยประโยชน์จากความเปราะบาง")
e("indicator.ILO11_DECEPTION", "Deception", "การหลอกลวง")
e("indicator.ILO11_RESTRICTION_OF_MOVEMENT", "Restriction of movement", "การจำกัดเสรีภาพในการเดินทาง")
e("indicator.ILO11_ISOLATION", "Isolation", "การแยกให้อยู่โดดเดี่ยว")
e("indicator.ILO11_PHYSICAL_AND_SEXUAL_VIOLENCE", "Physical and sexual violence", "ความรุนแรงทางร่างกายและทางเพศ")
e("indicator.ILO11_INTIMIDATION_AND_THREATS", "Intimidation and threats", "การข่มขู่และคุกคาม")
e("indicator.ILO11_RETENTION_OF_IDENTITY_DOCUMENTS", "Retention of identity documents", "การยึดเอกสารประจำตัว")
e("indicator.ILO11_WITHHOLDING_OF_WAGES", "Withholding of wages", "การหน่วงเหนี่ยวค่าจ้าง")
e("indicator.ILO11_DEBT_BONDAGE", "Debt bondage", "การใช้หนี้ผูกมัด (แรงงานขัดหนี้)")
e("indicator.ILO11_ABUSIVE_WORKING_AND_LIVING_CONDITIONS", "Abusive working and living conditions", "สภาพการทำงานและความเป็นอยู่ที่ทารุณ")
e("indicator.ILO11_EXCESSIVE_OVERTIME", "Excessive overtime", "การทำงานล่วงเวลาเกินควร")
e("indicator.SCAM_ONLINE_JOB_ADVERT", "Recruited via an online job advert", "ถูกชักชวนผ่านประกาศรับสมัครงานออนไลน์")
e("indicator.SCAM_IRREGULAR_BORDER_CROSSING", "Irregular border crossing after arrival", "ถูกพาข้ามพรมแดนโดยไม่ผ่านช่องทางปกติหลังเดินทางมาถึง")
e("indicator.SCAM_PASSPORT_TAKEN", "Passport taken", "ถูกยึดหนังสือเดินทาง")
e("indicator.SCAM_QUOTAS_WITH_PUNISHMENT", "Quotas with punishment", "ถูกกำหนดยอดเป้าหมายและถูกลงโทษเมื่อทำไม่ถึง")
e("indicator.SCAM_RESOLD_OR_RANSOMED", "Resold or ransomed", "ถูกขายต่อหรือถูกเรียกค่าไถ่")
e("indicator.SCAM_TRAVEL_DEBT", "Travel debt", "ถูกอ้างว่าเป็นหนี้ค่าเดินทาง")
e("indicator.SCAM_FORCED_TO_RECRUIT_OTHERS", "Forced to recruit others", "ถูกบังคับให้ชักชวนผู้อื่นเข้ามา")
e("indicator.SCAM_CONFINED_TO_GUARDED_COMPOUND", "Confined to a guarded compound", "ถูกกักตัวในพื้นที่ปิดที่มีผู้เฝ้ายาม")
# end screening indicators

# legal support and return home (issue 5)
e("legal.willingness.required", "Give the victim's answer and the day it was given.", "โปรดระบุคำตอบของผู้เสียหายและวันที่ให้คำตอบ")
e("legal.date.future", "The date cannot be in the future.", "วันที่ต้องไม่เป็นวันในอนาคต")
tl("legal.counselName", "The counsel's name", "ชื่อทนายความ", required=False)
tl("legal.counselOrganisation", "The counsel's organisation", "หน่วยงานของทนายความ", required=False)
e("legal.hearing.required", "Give the date, time and kind of the hearing.", "โปรดระบุวัน เวลา และประเภทของการนัดพิจารณาคดี")
tl("legal.court", "The court", "ศาล")
tl("legal.outcomeNote", "The outcome", "ผลการพิจารณา")
e("legal.claim.required", "Give the kind of claim and the day it was filed.", "โปรดระบุประเภทคำร้องและวันที่ยื่น")
e("legal.amount.negative", "An amount cannot be negative.", "จำนวนเงินต้องไม่ติดลบ")
e("legal.currency.required", "Give the currency of the amount (for example THB).", "โปรดระบุสกุลเงิน (เช่น THB)")
e("legal.currency.invalid", "That is not a currency code (use three letters, for example THB or MMK).", "รหัสสกุลเงินไม่ถูกต้อง (ใช้อักษรสามตัว เช่น THB หรือ MMK)")
e("legal.currency.withoutAmount", "A currency is given only with an amount.", "ระบุสกุลเงินได้เฉพาะเมื่อระบุจำนวนเงินด้วย")
e("legal.claim.alreadyDecided", "This claim has already been decided.", "คำร้องนี้มีผลการพิจารณาแล้ว")
e("legal.decision.required", "Give the outcome (awarded, rejected or withdrawn) and its date.", "โปรดระบุผล (ได้รับ ถูกยกคำร้อง หรือถอนคำร้อง) และวันที่")
e("legal.decidedOn.invalid", "The decision date must be between the filing date and today.", "วันที่มีผลการพิจารณาต้องอยู่ระหว่างวันที่ยื่นคำร้องกับวันนี้")
e("legal.paidAmount.invalid", "An amount paid is recorded only for an awarded claim, and cannot be negative.", "บันทึกจำนวนเงินที่ได้รับได้เฉพาะคำร้องที่ได้รับการชดใช้ และต้องไม่ติดลบ")
e("error.hearingNotFound", "That hearing does not exist.", "ไม่พบการนัดพิจารณาคดีนี้")
e("error.claimNotFound", "That claim does not exist.", "ไม่พบคำร้องนี้")
e("return.noConsent", "A return can be planned only with the person's consent to return home. No such consent is recorded: record it under Consents first.", "จะวางแผนการส่งกลับได้ต่อเมื่อบุคคลให้ความยินยอมในการเดินทางกลับภูมิลำเนา ยังไม่มีการบันทึกความยินยอมนี้ โปรดบันทึกในส่วนความยินยอมก่อน")
e("return.consentWithdrawn", "The person's consent to return home was withdrawn: the return cannot go ahead unless they consent again.", "บุคคลได้เพิกถอนความยินยอมในการเดินทางกลับภูมิลำเนาแล้ว จะดำเนินการส่งกลับไม่ได้ เว้นแต่จะให้ความยินยอมใหม่")
e("return.alreadyPlanned", "A return is already planned or done for this person; change that one, or cancel it first.", "มีแผนการส่งกลับหรือการส่งกลับของบุคคลนี้อยู่แล้ว โปรดแก้ไขแผนเดิม หรือยกเลิกก่อน")
e("return.country.required", "Choose the country of return.", "โปรดเลือกประเทศที่จะเดินทางกลับ")
e("return.country.invalid", "That is not a country code (use two letters, for example MM, KH or LA).", "รหัสประเทศไม่ถูกต้อง (ใช้อักษรสองตัว เช่น MM, KH หรือ LA)")
e("return.verifiedOn.required", "Give the day the nationality was verified.", "โปรดระบุวันที่ได้รับการพิสูจน์สัญชาติ")
e("return.date.future", "The date cannot be in the future.", "วันที่ต้องไม่เป็นวันในอนาคต")
e("return.document.expiresBeforeIssued", "A travel document must expire after the day it was issued.", "วันหมดอายุของเอกสารเดินทางต้องอยู่หลังวันที่ออกเอกสาร")
e("return.receivingOrganisation.oneOf", "Choose a receiving organisation from the list or type its name, not both.", "โปรดเลือกองค์กรที่รับตัวจากรายการ หรือพิมพ์ชื่อ อย่างใดอย่างหนึ่ง")
e("return.alreadyHandedOver", "The person has already been handed over; the return can no longer change.", "ได้ส่งมอบตัวบุคคลแล้ว ไม่สามารถแก้ไขการส่งกลับได้อีก")
e("return.cancelled", "This return was cancelled.", "การส่งกลับนี้ถูกยกเลิกแล้ว")
e("return.handover.dateRequired", "Give the day of the handover.", "โปรดระบุวันที่ส่งมอบตัว")
e("return.notHandedOver", "The person has not been handed over yet.", "ยังไม่ได้ส่งมอบตัวบุคคล")
tl("return.place", "The place of return", "สถานที่เดินทางกลับ", required=False)
tl("return.verifiedBy", "Who verified the nationality", "ผู้พิสูจน์สัญชาติ", required=False)
tl("return.embassy", "The issuing embassy", "สถานเอกอัครราชทูตที่ออกเอกสาร", required=False)
tl("return.consularContact", "The consular contact", "ผู้ติดต่อฝ่ายกงสุล", required=False)
tl("return.networkDanger", "The danger from the network", "อันตรายจากเครือข่ายผู้ค้ามนุษย์", required=False)
tl("return.brokerDebt", "The debts to brokers", "หนี้สินต่อนายหน้า", required=False)
tl("return.familySituation", "The family situation", "สถานการณ์ของครอบครัว", required=False)
tl("return.receivingOrganisation", "The receiving organisation", "องค์กรที่รับตัว", required=False)
tl("return.handoverPlace", "The place of the handover", "สถานที่ส่งมอบตัว")
tl("return.handedOverBy", "Who handed the person over", "ผู้ส่งมอบตัว")
tl("return.handedOverTo", "Who received the person", "ผู้รับมอบตัว")
tl("return.cancelReason", "The reason for cancelling", "เหตุผลในการยกเลิก")
e("followUp.alreadyDone", "This follow-up has already been recorded.", "ได้บันทึกการติดตามผลครั้งนี้แล้ว")
e("followUp.doneOn.required", "Give the day of the follow-up.", "โปรดระบุวันที่ติดตามผล")
e("followUp.doneOn.invalid", "The follow-up day must be between the handover and today.", "วันที่ติดตามผลต้องอยู่ระหว่างวันที่ส่งมอบตัวกับวันนี้")
tl("followUp.outcome", "What the follow-up found", "ผลการติดตาม")
e("error.followUpNotFound", "That follow-up does not exist.", "ไม่พบการติดตามผลนี้")
e("error.repatriationNotFound", "That return does not exist.", "ไม่พบการส่งกลับนี้")
# end legal support and return home

# court reports (issue 6)
# labels of the PDF reports (reports/*.jrxml read them as $R{key}; avoid apostrophes: some are not MessageFormat patterns)
e("report.agency", "SHIELD anti-trafficking case management", "ระบบจัดการคดีต่อต้านการค้ามนุษย์ SHIELD")
e("report.unit", "Unit {0}", "หน่วย {0}")
for k, en, th in (("CaseSummary", "Case summary", "สรุปสำนวนคดี"), ("EvidenceRegister", "Evidence register and chain of custody", "บัญชีพยานหลักฐานและห่วงโซ่การครอบครอง"),
                  ("InterviewRecord", "Interview record", "บันทึกการสัมภาษณ์"), ("VictimCare", "Victim care summary", "สรุปการดูแลผู้เสียหาย"),
                  ("MdtAssessment", "Identification assessment for the multidisciplinary team", "การประเมินเพื่อการคัดแยกผู้เสียหายสำหรับทีมสหวิชาชีพ")):
    e(f"report.title.{k}", en, th)
    e(f"enum.ReportKind.{k}", en, th)
e("enum.Redaction.Pseudonyms", "Pseudonyms only", "นามแฝงเท่านั้น")
e("enum.Redaction.IdentityAnnex", "Pseudonyms, with an identity annex", "นามแฝง พร้อมภาคผนวกตัวตน")
e("report.redaction.Pseudonyms", "Victims and witnesses appear under their pseudonyms; their names, document numbers and phone numbers are removed from the text.", "ผู้เสียหายและพยานปรากฏด้วยนามแฝง ชื่อ เลขเอกสาร และหมายเลขโทรศัพท์ของบุคคลดังกล่าวถูกลบออกจากข้อความ")
e("report.redaction.IdentityAnnex", "Victims and witnesses appear under their pseudonyms; their identities are in the controlled annex at the end, revealed for the stated purpose and recorded.", "ผู้เสียหายและพยานปรากฏด้วยนามแฝง ตัวตนอยู่ในภาคผนวกควบคุมท้ายรายงาน ซึ่งเปิดเผยตามวัตถุประสงค์ที่ระบุและมีการบันทึกไว้")
e("report.language.en", "English", "ภาษาอังกฤษ")
e("report.language.th", "Thai", "ภาษาไทย")
e("report.requestedFor.none", "Not stated", "ไม่ได้ระบุ")
e("report.kind.unavailable", "The report {0} cannot be produced in this version.", "ยังไม่สามารถจัดทำรายงาน {0} ได้ในรุ่นนี้")
e("report.annex.purposeRequired", "An identity annex needs the purpose of revealing the identities (at least {0} characters).", "ภาคผนวกตัวตนต้องระบุวัตถุประสงค์ของการเปิดเผยตัวตน (อย่างน้อย {0} ตัวอักษร)")
e("report.redacted", "[removed]", "[ลบออก]")
e("report.annex.estimatedAge", "about {0} years old", "อายุประมาณ {0} ปี")
e("report.annex.warning", "CONTROLLED ANNEX. It names protected persons. Keep it apart from the report and disclose it only to those with a right to know. Each identity here was revealed for the purpose stated when the report was produced, and the reveal is recorded.", "ภาคผนวกควบคุม มีชื่อของบุคคลที่ได้รับการคุ้มครอง ให้เก็บแยกจากรายงานและเปิดเผยเฉพาะผู้มีสิทธิ์ทราบเท่านั้น ตัวตนแต่ละรายการในที่นี้เปิดเผยตามวัตถุประสงค์ที่ระบุเมื่อจัดทำรายงาน และมีการบันทึกการเปิดเผยไว้")
e("report.yes", "Yes", "ใช่")
e("report.no", "No", "ไม่ใช่")
e("report.none", "None recorded.", "ไม่มีบันทึก")
e("report.caseNumber", "Case {0}", "คดี {0}")
e("report.page", "Page {0} of {1}", "หน้า {0} จาก {1}")
e("report.end", "End of report {0}. The report has {1} pages.", "สิ้นสุดรายงาน {0} รายงานนี้มีทั้งหมด {1} หน้า")
e("report.footer.ids", "Case {0} · Report {1}", "คดี {0} · รายงาน {1}")
e("report.certification", "I certify that this report was produced by SHIELD Case Desk from the records of this vault as they stood at {1}, and that it is a true and complete extract of the records named in its scope that I was permitted to read. Produced by {0}.", "ข้าพเจ้าขอรับรองว่ารายงานนี้จัดทำโดย SHIELD Case Desk จากข้อมูลในคลังข้อมูลนี้ตามที่ปรากฏ ณ {1} และเป็นสารสนเทศที่ถูกต้องและครบถ้วนของบันทึกตามขอบเขตที่ระบุซึ่งข้าพเจ้ามีสิทธิ์อ่าน จัดทำโดย {0}")
e("report.method", "Method: the records were read from the encrypted case vault at {0}; hashes are SHA-256 of the exact stored content; times carry their UTC offset.", "วิธีการ: อ่านบันทึกจากคลังข้อมูลคดีที่เข้ารหัส ณ {0} ค่าแฮชเป็น SHA-256 ของเนื้อหาที่จัดเก็บจริง เวลาระบุค่าชดเชยจาก UTC")
e("report.limitations", "Limitations: the report holds only what was recorded in this vault and what its producer may read; it records facts, not findings of guilt or of victim status.", "ข้อจำกัด: รายงานมีเฉพาะสิ่งที่บันทึกไว้ในคลังข้อมูลนี้และที่ผู้จัดทำมีสิทธิ์อ่าน เป็นการบันทึกข้อเท็จจริง มิใช่การวินิจฉัยความผิดหรือสถานะผู้เสียหาย")
for k, en, th in (("reportId", "Report id", "เลขที่รายงาน"), ("issued", "Issued", "ออกเมื่อ"), ("producedBy", "Produced by", "จัดทำโดย"),
                  ("requestedFor", "Requested for", "จัดทำให้แก่"), ("scope", "Scope", "ขอบเขต"), ("language", "Language", "ภาษา"), ("redaction", "Protected persons", "บุคคลที่ได้รับการคุ้มครอง")):
    e(f"report.front.{k}", en, th)
for k, en, th in (("particulars", "Case particulars", "รายละเอียดคดี"), ("parties", "Parties", "ผู้เกี่ยวข้อง"), ("route", "Route and timeline", "เส้นทางและลำดับเหตุการณ์"),
                  ("interviews", "Interviews", "การสัมภาษณ์"), ("exhibits", "Exhibits", "พยานหลักฐาน"), ("status", "Status", "สถานะ"), ("approvals", "Approvals", "การอนุมัติ"),
                  ("method", "Method and limitations", "วิธีการและข้อจำกัด"), ("certification", "Certification", "คำรับรอง"), ("annex", "Identity annex", "ภาคผนวกตัวตน")):
    e(f"report.section.{k}", en, th)
for k, en, th in (("name", "Name", "ชื่อ"), ("role", "Role", "ตำแหน่ง"), ("signature", "Signature", "ลายมือชื่อ"), ("date", "Date", "วันที่")):
    e(f"report.signature.{k}", en, th)
for k, en, th in (("pseudonym", "Pseudonym", "นามแฝง"), ("name", "Name", "ชื่อ"), ("born", "Born", "เกิด"), ("nationality", "Nationality", "สัญชาติ"), ("documents", "Documents", "เอกสาร")):
    e(f"report.col.{k}", en, th)
for k, en, th in (("caseNumber", "Case number", "เลขคดี"), ("title", "Title", "ชื่อคดี"), ("unit", "Unit", "หน่วย"), ("lead", "Lead investigator", "พนักงานสอบสวนผู้รับผิดชอบ"),
                  ("team", "Team", "ทีม"), ("exploitation", "Exploitation", "รูปแบบการแสวงประโยชน์"), ("opened", "Opened", "เปิดคดีเมื่อ"), ("summary", "Summary", "สรุป"),
                  ("status", "Status", "สถานะ"), ("closed", "Closed", "ปิดคดีเมื่อ"), ("closureReason", "Reason for closing", "เหตุผลในการปิดคดี")):
    e(f"report.field.{k}", en, th)
e("report.scope.CaseSummary", "Case {0}: particulars, parties, route, interviews, exhibits, status and approvals.", "คดี {0}: รายละเอียด ผู้เกี่ยวข้อง เส้นทาง การสัมภาษณ์ พยานหลักฐาน สถานะ และการอนุมัติ")
e("report.pseudonymNote", "pseudonym", "นามแฝง")
e("report.interview.by", "by {0}", "โดย {0}")
e("report.interview.signedOffBy", "signed off by {0}", "ลงนามรับรองโดย {0}")
e("report.interview.addenda", "{0} addenda", "บันทึกเพิ่มเติม {0} รายการ")
e("report.exhibit.collectedBy", "collected by {0}", "เก็บโดย {0}")
e("report.exhibit.seal", "seal {0}", "ซีล {0}")
e("report.exhibit.storage", "kept at {0}", "เก็บรักษาที่ {0}")
e("report.exhibit.custodian", "held by {0}", "ผู้ครอบครอง {0}")
e("report.exhibit.integrity", "Integrity: {0} {1}", "ความถูกต้องสมบูรณ์: {0} {1}")
e("report.exhibit.noContent", "No stored content (a physical exhibit or a document): no hash.", "ไม่มีเนื้อหาที่จัดเก็บ (วัตถุพยานหรือเอกสาร) จึงไม่มีค่าแฮช")
e("report.approval.requested", "Requested by {0} on {1}: {2}", "ขอโดย {0} เมื่อ {1}: {2}")
e("report.approval.decided", "Decided by {0} on {1}: {2}", "ตัดสินโดย {0} เมื่อ {1}: {2}")
e("report.error.template", "The report template {0} is broken and cannot be used. Nothing was produced; please report it.", "แม่แบบรายงาน {0} เสียหายและใช้งานไม่ได้ ไม่มีการจัดทำรายงาน โปรดแจ้งปัญหานี้")
e("report.error.fill", "The report {0} could not be laid out. Nothing was produced; please report it.", "ไม่สามารถจัดหน้ารายงาน {0} ได้ ไม่มีการจัดทำรายงาน โปรดแจ้งปัญหานี้")
e("report.error.export", "The PDF could not be written. Nothing was produced.", "ไม่สามารถเขียนไฟล์ PDF ได้ ไม่มีการจัดทำรายงาน")
e("report.error.fileExists", "A file with that name already exists. Choose another name; nothing was written.", "มีไฟล์ชื่อนี้อยู่แล้ว โปรดเลือกชื่ออื่น ไม่มีการเขียนไฟล์")
e("report.error.write", "The PDF could not be written there (check the folder and the free disk space). Nothing was saved.", "ไม่สามารถเขียนไฟล์ PDF ที่ตำแหน่งนั้นได้ (โปรดตรวจสอบโฟลเดอร์และพื้นที่ว่างในดิสก์) ไม่มีการบันทึกใด")
e("report.error.read", "The file could not be read.", "ไม่สามารถอ่านไฟล์ได้")
e("report.verify.Genuine", "GENUINE: report {0}, produced by {1} in this vault, unaltered.", "ของแท้: รายงาน {0} จัดทำโดย {1} ในคลังข้อมูลนี้ และไม่ถูกแก้ไข")
e("report.verify.Altered", "ALTERED: this file claims to be report {0}, but it is not the file this vault produced.", "ถูกแก้ไข: ไฟล์นี้อ้างว่าเป็นรายงาน {0} แต่ไม่ใช่ไฟล์ที่คลังข้อมูลนี้จัดทำ")
e("report.verify.Unknown", "UNKNOWN: this vault did not produce this file.", "ไม่รู้จัก: คลังข้อมูลนี้ไม่ได้จัดทำไฟล์นี้")
# court reports: interview record (issue 6)
e("report.scope.InterviewRecord", "Case {0}, {1} of {2}: particulars, persons present, conditions, consent answers, the statement and its translation, addenda, and the state of its signatures.", "คดี {0} {1} วันที่ {2}: รายละเอียด ผู้ที่อยู่ในการสัมภาษณ์ สภาพการสัมภาษณ์ คำตอบเรื่องความยินยอม คำให้การและคำแปล บันทึกเพิ่มเติม และสถานะการลงนาม")
e("report.interview.required", "Choose the interview to print.", "โปรดเลือกการสัมภาษณ์ที่จะพิมพ์")
e("report.interview.otherCase", "This interview is not part of case {0}. Check the case number and the interview id.", "การสัมภาษณ์นี้ไม่ได้อยู่ในคดี {0} โปรดตรวจสอบเลขคดีและรหัสการสัมภาษณ์")
e("report.interview.notSignedOff", "Only a signed-off interview can be printed as a court record. This interview is still open or waits for countersignature by a supervisor: sign it off (and have it countersigned where the unit requires it) first.", "พิมพ์บันทึกการสัมภาษณ์สำหรับศาลได้เฉพาะการสัมภาษณ์ที่ลงนามรับรองแล้วเท่านั้น การสัมภาษณ์นี้ยังเปิดอยู่หรือรอผู้บังคับบัญชาลงนามกำกับ โปรดลงนามรับรอง (และให้ลงนามกำกับหากหน่วยกำหนด) ก่อน")
for k, en, th in (("particulars", "Interview particulars", "รายละเอียดการสัมภาษณ์"), ("present", "Persons present", "ผู้ที่อยู่ในการสัมภาษณ์"), ("conditions", "Conditions", "สภาพการสัมภาษณ์"),
                  ("consent", "Consent and information given", "ความยินยอมและข้อมูลที่แจ้งให้ทราบ"), ("statement", "Statement (verbatim)", "คำให้การ (ตามถ้อยคำ)"),
                  ("translation", "Translation", "คำแปล"), ("addenda", "Addenda", "บันทึกเพิ่มเติม"), ("signatures", "Sign-off and integrity", "การลงนามรับรองและความถูกต้องสมบูรณ์")):
    e(f"report.section.interview.{k}", en, th)
for k, en, th in (("id", "Interview id", "รหัสการสัมภาษณ์"), ("kind", "Kind", "ประเภท"), ("date", "Date", "วันที่"), ("time", "Time", "เวลา"), ("duration", "Duration", "ระยะเวลา"),
                  ("place", "Place", "สถานที่"), ("recording", "Recording", "การบันทึกภาพและเสียง"), ("interviewee", "Interviewee", "ผู้ให้สัมภาษณ์"), ("interviewers", "Interviewers", "ผู้สัมภาษณ์"),
                  ("interpreter", "Interpreter", "ล่าม"), ("languages", "Languages", "ภาษาที่ใช้"), ("supportPerson", "Support person", "ผู้ให้การช่วยเหลือที่อยู่ด้วย"),
                  ("minor", "Interviewee is a minor", "ผู้ให้สัมภาษณ์เป็นผู้เยาว์"), ("breaks", "Breaks", "การพักระหว่างสัมภาษณ์"), ("language", "Language", "ภาษา"), ("translator", "Translator", "ผู้แปล"),
                  ("signedOff", "Signed off", "ลงนามรับรอง"), ("countersigned", "Countersigned", "ลงนามกำกับ"), ("contentHash", "Signed content", "เนื้อหาที่ลงนาม"),
                  ("verifies", "Signature check", "การตรวจสอบลายมือชื่อ")):
    e(f"report.interview.field.{k}", en, th)
for k, en, th in (("agreed", "Agreed to the interview", "ยินยอมให้สัมภาษณ์"), ("toldPurpose", "Told the purpose of the interview", "ได้แจ้งวัตถุประสงค์ของการสัมภาษณ์"),
                  ("toldDataUse", "Told how the data is and may be used", "ได้แจ้งว่าข้อมูลใช้และอาจนำไปใช้อย่างไร"), ("toldResearchUse", "Told about non-identifying research use", "ได้แจ้งเรื่องการใช้เพื่อการวิจัยโดยไม่ระบุตัวตน"),
                  ("toldRightToSee", "Told of the right to see their data", "ได้แจ้งสิทธิในการขอดูข้อมูลของตน"), ("toldRetention", "Told how long the data is kept", "ได้แจ้งระยะเวลาการเก็บรักษาข้อมูล"),
                  ("toldWithdrawal", "Told how to withdraw consent", "ได้แจ้งวิธีถอนความยินยอม"), ("cautionGiven", "Caution given (suspect interview)", "ได้แจ้งสิทธิและคำเตือนแล้ว (การสัมภาษณ์ผู้ต้องสงสัย)"),
                  ("legalCounsel", "Legal counsel present (suspect interview)", "มีทนายความอยู่ด้วย (การสัมภาษณ์ผู้ต้องสงสัย)")):
    e(f"report.interview.consent.{k}", en, th)
for k, en, th in (("signedOff", "Interviewer (signed off the record)", "ผู้สัมภาษณ์ (ผู้ลงนามรับรองบันทึก)"), ("interviewer", "Interviewer", "ผู้สัมภาษณ์"), ("interpreter", "Interpreter", "ล่าม"),
                  ("translator", "Translator", "ผู้แปล"), ("countersigned", "Supervisor (countersigned the record)", "ผู้บังคับบัญชา (ผู้ลงนามกำกับบันทึก)")):
    e(f"report.interview.sig.{k}", en, th)
e("report.interview.timeRange", "{0} to {1}, local time at the place", "{0} ถึง {1} น. ตามเวลาท้องถิ่น ณ สถานที่สัมภาษณ์")
e("report.interview.timeFrom", "from {0}, local time at the place", "ตั้งแต่ {0} น. ตามเวลาท้องถิ่น ณ สถานที่สัมภาษณ์")
e("report.interview.hours", "{0} h {1} min", "{0} ชั่วโมง {1} นาที")
e("report.interview.minutes", "{0} min", "{0} นาที")
e("report.interview.recording", "Exhibit {0}", "วัตถุพยาน {0}")
e("report.interview.noRecording", "No recording recorded.", "ไม่มีบันทึกการบันทึกภาพและเสียง")
e("report.interview.noInterpreter", "No interpreter.", "ไม่มีล่าม")
e("report.interview.noSupportPerson", "No support person.", "ไม่มีผู้ให้การช่วยเหลือ")
e("report.interview.noBreaks", "None recorded.", "ไม่มีบันทึก")
e("report.interview.addendumBy", "{0} · by {1}", "{0} · โดย {1}")
e("report.interview.signedBy", "{0} on {1}", "{0} เมื่อ {1}")
e("report.interview.noCountersign", "Not required by the unit when it was signed off.", "หน่วยไม่ได้กำหนดให้ลงนามกำกับเมื่อลงนามรับรอง")
e("report.interview.intact", "Verified: the record printed here hashes to the SHA-256 kept at sign-off and written to the audit trail.", "ตรวจสอบแล้ว: บันทึกที่พิมพ์นี้มีค่าแฮชตรงกับ SHA-256 ที่เก็บไว้เมื่อลงนามรับรองและที่บันทึกในบันทึกการตรวจสอบ")
e("report.interview.notIntact", "NOT VERIFIED: the stored record no longer hashes to the SHA-256 kept at sign-off, or the audit trail disagrees. It was changed outside the app; do not rely on this record without an examination.", "ตรวจสอบไม่ผ่าน: บันทึกที่จัดเก็บไม่มีค่าแฮชตรงกับ SHA-256 ที่เก็บไว้เมื่อลงนามรับรอง หรือไม่ตรงกับบันทึกการตรวจสอบ แสดงว่ามีการแก้ไขนอกโปรแกรม อย่าใช้บันทึกนี้โดยไม่มีการตรวจพิสูจน์")
# court reports: victim care and MDT (issue 6)
# reports 4 (victim care summary) and 5 (identification assessment for the MDT); no apostrophes (some are read raw by $R{})
e("report.scope.VictimCare", "Victim {0} in case {1}: identification, shelter stays and the reflection period, assessments, care plans and services, consents, legal support and the return home. Counselling and medical notes are not included.", "ผู้เสียหาย {0} ในคดี {1}: การคัดกรองและการคัดแยก การพักในสถานคุ้มครองและระยะเวลาทบทวน การประเมิน แผนการดูแลและบริการ ความยินยอม ความช่วยเหลือทางกฎหมาย และการเดินทางกลับภูมิลำเนา ไม่รวมบันทึกการให้คำปรึกษาและบันทึกทางการแพทย์")
e("report.scope.MdtAssessment", "Victim {0} in case {1}: every screening against the indicator checklists, the latest first, with answers, sources and the reasonable-grounds summary, for the multidisciplinary team.", "ผู้เสียหาย {0} ในคดี {1}: การคัดกรองทุกครั้งตามรายการตัวบ่งชี้ เรียงจากครั้งล่าสุด พร้อมคำตอบ แหล่งที่มา และสรุปเหตุอันควรเชื่อ สำหรับทีมสหวิชาชีพ")
e("report.victim.severalCases", "This person is a victim in several cases ({0}). Name the case the report is about.", "บุคคลนี้เป็นผู้เสียหายในหลายคดี ({0}) โปรดระบุคดีที่ต้องการจัดทำรายงาน")
for k, en, th in (("pseudonym", "Pseudonym", "นามแฝง"), ("role", "Role in the case", "บทบาทในคดี"), ("nationality", "Nationality", "สัญชาติ"),
                  ("ageGroup", "Age group (as screened)", "กลุ่มอายุ (ตามการคัดกรอง)"), ("identity", "Identity", "ตัวตน"),
                  ("identityWithheld", "Not printed: the person appears by pseudonym only; names and identity documents stay in the vault.", "ไม่พิมพ์: บุคคลนี้ปรากฏด้วยนามแฝงเท่านั้น ชื่อและเอกสารแสดงตนเก็บไว้ในคลังข้อมูล"),
                  ("notRecorded", "Not recorded", "ไม่ได้บันทึก")):
    e(f"report.victim.{k}", en, th)
for k, en, th in (("stage", "Stage of care", "ขั้นตอนการดูแล"), ("caseworker", "Caseworker", "นักสังคมสงเคราะห์ผู้รับผิดชอบ"),
                  ("latestScreening", "Latest screening", "การคัดกรองครั้งล่าสุด"), ("screeningNote", "Note on the screening", "หมายเหตุการคัดกรอง"),
                  ("indicatorsPresent", "Indicators present", "ตัวบ่งชี้ที่พบ"), ("reflectionPeriod", "Reflection period", "ระยะเวลาทบทวน"),
                  ("reflectionState", "On the day of this report", "ณ วันที่จัดทำรายงาน"), ("testify", "Willingness to testify", "ความประสงค์เป็นพยาน"),
                  ("counsel", "Legal counsel", "ทนายความ"),
                  ("notesExcluded", "Counselling and medical notes are not included in this report. They are for the caseworker the person is referred to, and are shown to no one else.", "รายงานนี้ไม่รวมบันทึกการให้คำปรึกษาและบันทึกทางการแพทย์ บันทึกดังกล่าวดูได้เฉพาะนักสังคมสงเคราะห์ผู้รับผิดชอบบุคคลนี้ และไม่เปิดเผยแก่ผู้อื่น"),
                  ("stay.stillThere", "still there", "ยังพักอยู่"), ("stay.period", "{0} to {1}", "{0} ถึง {1}"),
                  ("stay.transferred", "Came by transfer from another shelter.", "ย้ายมาจากสถานคุ้มครองอื่น"), ("stay.left", "Left: {0}", "ออกจากสถานคุ้มครอง: {0}"),
                  ("reflection.none", "Not started: it starts at the first admission to a shelter.", "ยังไม่เริ่ม ระยะเวลาทบทวนเริ่มนับเมื่อรับเข้าสถานคุ้มครองครั้งแรก"),
                  ("reflection.period", "From {0}, {1} days (last day {2})", "ตั้งแต่ {0} จำนวน {1} วัน (วันสุดท้าย {2})"),
                  ("reflection.over", "Ended on {0}", "สิ้นสุดแล้วเมื่อ {0}"), ("reflection.running", "{0} of {1} days left", "เหลือ {0} จาก {1} วัน"),
                  ("assessment.scope", "Scope: {0} · assessed by {1}", "ขอบเขต: {0} · ประเมินโดย {1}"),
                  ("plan.open", "open", "เปิดอยู่"), ("plan.closed", "closed on {0}", "ปิดแล้วเมื่อ {0}"), ("plan.period", "{0} to {1} (planned)", "{0} ถึง {1} (ตามแผน)"),
                  ("plan.objectives", "Objectives: {0}", "วัตถุประสงค์: {0}"), ("plan.actions", "Actions: {0}", "แผนการดำเนินงาน: {0}"),
                  ("plan.noServices", "No service delivered under this plan is recorded.", "ยังไม่มีการบันทึกการให้บริการภายใต้แผนนี้"),
                  ("plan.services", "Services delivered ({0}):", "บริการที่ให้แล้ว ({0}):"), ("plan.by", "by {0}", "โดย {0}"),
                  ("consent.given", "Given on {0} · {1}", "ให้ความยินยอมเมื่อ {0} · {1}"), ("consent.witness", "Witness or guardian: {0}", "พยานหรือผู้ปกครอง: {0}"),
                  ("consent.withdrawn", "Withdrawn on {0}", "เพิกถอนเมื่อ {0}"), ("consent.withdrawnNote", "Withdrawn on {0}: {1}", "เพิกถอนเมื่อ {0}: {1}"),
                  ("consent.holds", "Holds on the day of this report", "มีผล ณ วันที่จัดทำรายงาน"), ("consent.notHolding", "Does not hold on the day of this report", "ไม่มีผล ณ วันที่จัดทำรายงาน"),
                  ("hearing.outcome", "Outcome: {0}", "ผล: {0}"),
                  ("claim.filed", "filed on {0}", "ยื่นเมื่อ {0}"), ("claim.amount", "Amount claimed: {0}", "จำนวนเงินที่เรียกร้อง: {0}"),
                  ("claim.paid", "Paid: {0}, decided on {1}", "ได้รับจริง: {0} พิจารณาเมื่อ {1}"), ("claim.decided", "Decided on {0}", "พิจารณาเมื่อ {0}"),
                  ("return.status", "Status of the return", "สถานะการส่งกลับ"), ("return.none", "No return is planned.", "ยังไม่มีการวางแผนการส่งกลับ"),
                  ("return.country", "Country of return", "ประเทศที่เดินทางกลับ"), ("return.verification", "Nationality verification", "การพิสูจน์สัญชาติ"),
                  ("return.document", "Travel document", "เอกสารเดินทาง"), ("return.issued", "issued {0}", "ออกเมื่อ {0}"), ("return.expires", "expires {0}", "หมดอายุ {0}"),
                  ("return.receiving", "Receiving organisation", "หน่วยงานที่รับตัว"), ("return.risk", "Overall risk at the place of return", "ระดับความเสี่ยงโดยรวม ณ ภูมิลำเนา"),
                  ("return.handover", "Handover", "การส่งมอบตัว"), ("return.notHandedOver", "Not yet handed over", "ยังไม่ได้ส่งมอบตัว"),
                  ("return.handedOver", "{0} at {1}, by {2} to {3}", "เมื่อ {0} ที่ {1} โดย {2} ให้แก่ {3}"), ("return.cancelled", "Cancelled", "ยกเลิก"),
                  ("return.reTrafficked", "Trafficked again after the return", "ถูกค้ามนุษย์ซ้ำหลังเดินทางกลับ"),
                  ("followUp.months", "{0} months after the handover", "{0} เดือนหลังส่งมอบตัว"), ("followUp.dueOn", "due {0}", "ครบกำหนด {0}"),
                  ("followUp.done", "done on {0}", "ติดตามแล้วเมื่อ {0}"), ("followUp.overdue", "overdue", "เลยกำหนด"), ("followUp.due", "due now", "ถึงกำหนด"),
                  ("followUp.notYetDue", "not yet due", "ยังไม่ถึงกำหนด"), ("followUp.reTrafficked", "The person was found trafficked again.", "พบว่าบุคคลถูกค้ามนุษย์ซ้ำ")):
    e(f"report.care.{k}", en, th)
# the reasonable-grounds summary in the words of the screening screen (ui.screening.summary.*), without apostrophes
for k, en, th in (("none", "No screening is recorded for this person.", "ยังไม่มีการบันทึกการคัดกรองบุคคลนี้"),
                  ("heading", "Screening of {0} · {1} · {2} · by {3}", "การคัดกรองวันที่ {0} · {1} · {2} · โดย {3}"),
                  ("note", "Note on the screening: {0}", "หมายเหตุการคัดกรอง: {0}"),
                  ("notAVerdict", "This summary is support for the MDT decision, not a verdict. Only the MDT decides whether this person is a victim of trafficking.", "สรุปนี้เป็นข้อมูลสนับสนุนการตัดสินของทีมสหวิชาชีพ ไม่ใช่คำตัดสิน ทีมสหวิชาชีพเท่านั้นที่ตัดสินว่าบุคคลนี้เป็นผู้เสียหายจากการค้ามนุษย์หรือไม่"),
                  ("dimensionMet", "{0}: present, shown by {1}", "{0}: พบ จาก {1}"), ("dimensionNotMet", "{0}: not shown by these answers", "{0}: คำตอบเหล่านี้ไม่แสดง"),
                  ("combinationMet", "The combination of elements the ILO/EC guidance reads as reasonable grounds is present.", "พบองค์ประกอบครบตามที่แนวทาง ILO/EC ถือว่ามีเหตุอันควรเชื่อ"),
                  ("combinationNotMet", "The combination of elements the ILO/EC guidance reads as reasonable grounds is not present in these answers.", "คำตอบเหล่านี้ยังไม่แสดงองค์ประกอบครบตามที่แนวทาง ILO/EC ถือว่ามีเหตุอันควรเชื่อ"),
                  ("noOperational", "The ILO/EC operational indicators are not yet loaded for this group, so their six elements cannot be assessed here. The MDT weighs the indicators below and the interviews.", "ยังไม่มีตัวบ่งชี้เชิงปฏิบัติการของ ILO/EC สำหรับกลุ่มนี้ จึงยังประเมินองค์ประกอบทั้งหกในที่นี้ไม่ได้ ทีมสหวิชาชีพพิจารณาจากตัวบ่งชี้ด้านล่างและการสัมภาษณ์"),
                  ("forcedLabour", "ILO forced-labour indicators present ({0}): {1}", "พบตัวบ่งชี้การใช้แรงงานบังคับของ ILO ({0}): {1}"),
                  ("forcedLabourNone", "No ILO forced-labour indicator is answered Yes.", "ไม่มีตัวบ่งชี้การใช้แรงงานบังคับของ ILO ที่ตอบว่าใช่"),
                  ("scam", "Scam-compound signs present ({0}): {1}", "พบสัญญาณของแก๊งคอลเซ็นเตอร์/ศูนย์หลอกลวง ({0}): {1}"),
                  ("scamNone", "No scam-compound sign is answered Yes.", "ไม่มีสัญญาณของศูนย์หลอกลวงที่ตอบว่าใช่"),
                  ("unknown", "Not known: {0,choice,1#1 item|1<{0} items}.", "ไม่ทราบ: {0} ข้อ")):
    e(f"report.screening.{k}", en, th)
for k, en, th in (("decidingOrg", "Deciding organisation: {0}", "หน่วยงานที่ตัดสิน: {0}"), ("members", "Members present: {0}", "ผู้เข้าร่วมประชุม: {0}"),
                  ("reasons", "Reasons: {0}", "เหตุผล: {0}"), ("recorded", "Recorded by {0} on {1}", "บันทึกโดย {0} เมื่อ {1}"),
                  ("screenings", "Screenings recorded", "จำนวนการคัดกรองที่บันทึก"), ("soFar", "MDT decision so far", "ผลการคัดแยกของทีมสหวิชาชีพจนถึงขณะนี้"),
                  ("noDecision", "No approved MDT decision yet.", "ยังไม่มีผลการคัดแยกของทีมสหวิชาชีพที่ได้รับอนุมัติ"),
                  ("currentDecision", "{0}, decided on {1} and approved.", "{0} ตัดสินเมื่อ {1} และได้รับอนุมัติแล้ว"),
                  ("pending", "A decision is waiting for approval by a supervisor.", "มีผลการคัดแยกที่รอผู้บังคับบัญชาอนุมัติ"),
                  ("screeningLatest", "Screening {0} (the latest): {1} · {2} · {3} · by {4}", "การคัดกรองครั้งที่ {0} (ล่าสุด): {1} · {2} · {3} · โดย {4}"),
                  ("screeningEarlier", "Screening {0} (earlier, kept as recorded): {1} · {2} · {3} · by {4}", "การคัดกรองครั้งที่ {0} (ครั้งก่อน เก็บไว้ตามที่บันทึก): {1} · {2} · {3} · โดย {4}"),
                  ("otherItems", "Items no longer in the checklists", "ข้อที่ไม่อยู่ในรายการตัวบ่งชี้แล้ว"), ("notAnswered", "Not answered", "ไม่ได้ตอบ"),
                  ("source.interview", "Interview of {0} ({1})", "การสัมภาษณ์วันที่ {0} ({1})"),
                  ("source.interviewHidden", "An interview the producer may not read", "การสัมภาษณ์ที่ผู้จัดทำไม่มีสิทธิ์อ่าน"),
                  ("source.exhibit", "Exhibit {0}", "วัตถุพยาน {0}"), ("source.exhibitHidden", "An exhibit the producer may not see", "วัตถุพยานที่ผู้จัดทำไม่มีสิทธิ์ดู"),
                  ("source.none", "Not named", "ไม่ระบุ"),
                  ("about", "Each screening is kept as recorded: a new assessment is a new screening, and the earlier ones follow the latest. Every checklist item is listed with its answer (Yes, No or Unknown), the interview or exhibit it rests on, and the note. The summary of each screening shows which indicators are present: it is support for the MDT decision, not a verdict.", "การคัดกรองแต่ละครั้งเก็บไว้ตามที่บันทึก การประเมินใหม่คือการคัดกรองครั้งใหม่ และการคัดกรองครั้งก่อนพิมพ์ต่อจากครั้งล่าสุด ตัวบ่งชี้ทุกข้อแสดงพร้อมคำตอบ (ใช่ ไม่ใช่ หรือไม่ทราบ) การสัมภาษณ์หรือวัตถุพยานที่เป็นแหล่งที่มา และหมายเหตุ สรุปของการคัดกรองแต่ละครั้งแสดงว่าพบตัวบ่งชี้ใดบ้าง เป็นข้อมูลสนับสนุนการตัดสินของทีมสหวิชาชีพ ไม่ใช่คำตัดสิน"),
                  ("col.no", "No.", "ข้อ"), ("col.indicator", "Indicator", "ตัวบ่งชี้"), ("col.answer", "Answer", "คำตอบ"),
                  ("col.source", "Source", "แหล่งที่มา"), ("col.note", "Note", "หมายเหตุ")):
    e(f"report.mdt.{k}", en, th)
for k, en, th in (("victim.person", "The person", "บุคคล"), ("victim.identification", "Identification", "การคัดกรองและการคัดแยก"),
                  ("care.decisions", "MDT identification decisions", "ผลการคัดแยกของทีมสหวิชาชีพ"),
                  ("care.stays", "Shelter stays and the reflection period", "การพักในสถานคุ้มครองและระยะเวลาทบทวน"),
                  ("care.assessments", "Assessments (the latest of each kind)", "การประเมิน (ครั้งล่าสุดของแต่ละประเภท)"),
                  ("care.plans", "Care plans and services delivered", "แผนการดูแลและบริการที่ให้แล้ว"), ("care.consents", "Consents", "ความยินยอม"),
                  ("care.legal", "Legal support", "ความช่วยเหลือทางกฎหมาย"), ("care.hearings", "Court dates", "วันนัดศาล"),
                  ("care.claims", "Compensation and restitution claims", "คำร้องขอค่าตอบแทนและค่าสินไหมทดแทน"),
                  ("care.repatriation", "Return home", "การเดินทางกลับภูมิลำเนา"), ("care.followUps", "Follow-ups after the return", "การติดตามผลหลังเดินทางกลับ"),
                  ("care.notIncluded", "Not included", "สิ่งที่ไม่รวมไว้ในรายงาน"),
                  ("mdt.about", "How to read this assessment", "วิธีอ่านการประเมินนี้"),
                  ("mdt.screenings", "Screenings against the indicator checklists", "การคัดกรองตามรายการตัวบ่งชี้")):
    e(f"report.section.{k}", en, th)
# court reports: evidence register (issue 6)
e("report.scope.EvidenceRegister", "Case {0}: every exhibit with its particulars and hashes, the chain of custody of each exhibit with the hash check at every step, and a fresh integrity verification run when this report was produced.", "คดี {0}: พยานหลักฐานทุกรายการพร้อมรายละเอียดและค่าแฮช ห่วงโซ่การครอบครองของพยานหลักฐานแต่ละรายการพร้อมผลการตรวจค่าแฮชในทุกขั้นตอน และผลการตรวจสอบความถูกต้องสมบูรณ์ที่ดำเนินการใหม่ขณะจัดทำรายงานนี้")
for k, en, th in (("register", "Exhibit register", "บัญชีพยานหลักฐาน"), ("custody", "Chain of custody of each exhibit", "ห่วงโซ่การครอบครองของพยานหลักฐานแต่ละรายการ"),
                  ("verification", "Integrity verification run for this report", "การตรวจสอบความถูกต้องสมบูรณ์ที่ดำเนินการสำหรับรายงานนี้")):
    e(f"report.section.{k}", en, th)
for k, en, th in (("exhibitCount", "Exhibits", "จำนวนพยานหลักฐาน"), ("custodyCount", "Custody steps", "จำนวนขั้นตอนการครอบครอง"), ("verification", "Integrity verification", "การตรวจสอบความถูกต้องสมบูรณ์")):
    e(f"report.field.{k}", en, th)
e("report.exhibit.source", "Source: {0}", "แหล่งที่มา: {0}")
e("report.exhibit.obtainedHow", "How obtained: {0}", "วิธีการได้มา: {0}")
e("report.exhibit.legalAuthority", "Legal authority: {0}", "อำนาจตามกฎหมาย: {0}")
e("report.exhibit.collector", "Collector: {0}", "ผู้เก็บ: {0}")
e("report.exhibit.badge", "badge {0}", "หมายเลขประจำตัว {0}")
e("report.exhibit.timeZone", "time zone at collection {0}", "เขตเวลาขณะเก็บ {0}")
e("report.exhibit.tool", "Tool: {0}", "เครื่องมือ: {0}")
e("report.exhibit.parent", "Part of exhibit {0}", "เป็นส่วนหนึ่งของพยานหลักฐาน {0}")
e("report.exhibit.file", "Original file: {0}", "ไฟล์ต้นฉบับ: {0}")
e("report.exhibit.size", "{0} bytes", "{0} ไบต์")
e("report.exhibit.condition", "Condition: {0}", "สภาพ: {0}")
e("report.exhibit.flags", "Sensitivity: {0}", "ความอ่อนไหว: {0}")
e("report.exhibit.flag.identifiesVictim", "identifies a victim", "ระบุตัวผู้เสียหายได้")
e("report.exhibit.flag.involvesMinor", "involves a minor", "เกี่ยวข้องกับผู้เยาว์")
e("report.exhibit.flag.sexualContent", "sexual content", "มีเนื้อหาทางเพศ")
e("report.custody.fromTo", "from {0} to {1}", "จาก {0} ถึง {1}")
e("report.custody.relabelled", "number {0} became {1}", "หมายเลข {0} เปลี่ยนเป็น {1}")
e("report.custody.from", "from {0}", "จาก {0}")
e("report.custody.to", "to {0}", "ถึง {0}")
e("report.custody.place", "Place: {0}", "สถานที่: {0}")
e("report.custody.purpose", "Purpose: {0}", "วัตถุประสงค์: {0}")
e("report.custody.storageAfter", "Stored afterwards at {0}", "เก็บรักษาหลังจากนั้นที่ {0}")
e("report.custody.recorded", "Recorded by {0} at {1}", "บันทึกโดย {0} เมื่อ {1}")
e("report.custody.hashCheck", "Hash check at this step: {0}", "การตรวจค่าแฮชในขั้นตอนนี้: {0}")
e("report.custody.noSteps", "No custody step recorded.", "ไม่มีบันทึกขั้นตอนการครอบครอง")
e("report.integrity.ranAt", "Run", "ดำเนินการเมื่อ")
e("report.integrity.span", "{0} to {1}", "{0} ถึง {1}")
e("report.integrity.checked", "Exhibits checked", "จำนวนพยานหลักฐานที่ตรวจ")
e("report.integrity.result", "Result", "ผลการตรวจ")
e("report.integrity.method", "Method", "วิธีการ")
e("report.integrity.methodText", "Each stored content was decrypted, hashed again with SHA-256 and compared with the hash taken at intake; each exhibit record and custody chain was compared with the tamper-evident audit trail. Exhibits and custody steps recorded on another laptop were compared with the entry this laptop's trail made when they arrived from headquarters; content held only at headquarters that could not be fetched is marked as not checked here. The run is itself recorded in the audit trail.", "เนื้อหาที่จัดเก็บแต่ละรายการถูกถอดรหัสและคำนวณค่าแฮช SHA-256 ใหม่ แล้วเปรียบเทียบกับค่าแฮชที่คำนวณเมื่อรับเข้า บันทึกพยานหลักฐานและห่วงโซ่การครอบครองแต่ละรายการถูกเปรียบเทียบกับบันทึกการตรวจสอบที่ป้องกันการแก้ไข วัตถุพยานและขั้นตอนการครอบครองที่บันทึกบนเครื่องอื่นถูกเปรียบเทียบกับรายการที่บันทึกการตรวจสอบของเครื่องนี้บันทึกไว้เมื่อได้รับจากสำนักงานใหญ่ ส่วนเนื้อหาที่อยู่ที่สำนักงานใหญ่เท่านั้นและดึงมาไม่ได้จะระบุว่าไม่ได้ตรวจที่เครื่องนี้ การตรวจครั้งนี้ได้รับการบันทึกไว้ในบันทึกการตรวจสอบด้วย")
e("report.integrity.allIntact", "All {0} exhibits intact: every stored content matches its intake SHA-256 and every custody chain matches the audit trail.", "พยานหลักฐานทั้ง {0} รายการถูกต้องสมบูรณ์: เนื้อหาที่จัดเก็บทุกรายการตรงกับค่าแฮช SHA-256 เมื่อรับเข้า และห่วงโซ่การครอบครองทุกรายการตรงกับบันทึกการตรวจสอบ")
e("report.integrity.someFailed", "{0} of {1} exhibits FAILED the check; each is marked below.", "พยานหลักฐาน {0} จาก {1} รายการไม่ผ่านการตรวจ ดูรายการที่ระบุไว้ด้านล่าง")
e("report.integrity.intact", "INTACT", "ถูกต้องสมบูรณ์")
e("report.integrity.failed", "FAILED", "ไม่ผ่าน")
e("report.integrity.notCheckedHere", "NOT CHECKED HERE", "ไม่ได้ตรวจที่เครื่องนี้")
e("report.integrity.someNotHere", "{0} of {1} exhibits could not be checked here: their content is held at HQ and this laptop was offline. Their custody chains were checked; each is marked below.", "พยานหลักฐาน {0} จาก {1} รายการตรวจที่เครื่องนี้ไม่ได้ เนื่องจากเนื้อหาอยู่ที่สำนักงานใหญ่และเครื่องนี้ไม่ได้เชื่อมต่อ ได้ตรวจห่วงโซ่การครอบครองแล้ว ดูรายการที่ระบุไว้ด้านล่าง")
e("report.integrity.content", "content {0}", "เนื้อหา {0}")
e("report.integrity.custodyIntact", "custody chain intact", "ห่วงโซ่การครอบครองครบถ้วน")
e("report.integrity.custodyBroken", "custody chain NOT intact: {0}", "ห่วงโซ่การครอบครองไม่ครบถ้วน: {0}")
e("report.integrity.expected", "Expected SHA-256 {0}", "ค่า SHA-256 ที่คาดหมาย {0}")
e("report.integrity.found", "Found SHA-256 {0}", "ค่า SHA-256 ที่ตรวจพบ {0}")
e("report.integrity.notFound", "Found: nothing readable (the stored content is missing or damaged)", "ตรวจพบ: ไม่มีเนื้อหาที่อ่านได้ (เนื้อหาที่จัดเก็บสูญหายหรือเสียหาย)")
e("report.integrity.noContent", "No stored content (a physical exhibit or a document): nothing to hash.", "ไม่มีเนื้อหาที่จัดเก็บ (วัตถุพยานหรือเอกสาร) จึงไม่มีสิ่งที่ต้องคำนวณค่าแฮช")
for k, en, th in (("record.notInTrail", "the intake of the exhibit is missing from the audit trail", "การรับพยานหลักฐานเข้าระบบไม่มีอยู่ในบันทึกการตรวจสอบ"),
                  ("record.differs", "the hashes or size of the exhibit differ from those recorded at intake", "ค่าแฮชหรือขนาดของพยานหลักฐานไม่ตรงกับที่บันทึกไว้เมื่อรับเข้า"),
                  ("custody.chainBroken", "the custody chain has a gap or is out of order", "ห่วงโซ่การครอบครองขาดตอนหรือเรียงลำดับผิด"),
                  ("custody.notInTrail", "a custody step is missing from the audit trail", "ขั้นตอนการครอบครองหายไปจากบันทึกการตรวจสอบ"),
                  ("custody.differs", "a custody step differs from what the audit trail recorded", "ขั้นตอนการครอบครองไม่ตรงกับที่บันทึกการตรวจสอบบันทึกไว้"),
                  ("custody.missingEvent", "a custody step recorded in the audit trail was removed", "ขั้นตอนการครอบครองที่บันทึกไว้ในบันทึกการตรวจสอบถูกลบออก")):
    e(f"report.integrity.problem.{k}", en, th)
# end court reports

# headquarters and sync (issue 7)
e("hq.error.database", "HQ''s database could not be opened or written. Check the database address, the disk and the passphrase.", "ไม่สามารถเปิดหรือเขียนฐานข้อมูลของสำนักงานใหญ่ได้ โปรดตรวจสอบที่อยู่ฐานข้อมูล ดิสก์ และรหัสผ่าน")
e("hq.error.dataDir", "HQ''s data directory could not be created.", "ไม่สามารถสร้างโฟลเดอร์ข้อมูลของสำนักงานใหญ่ได้")
e("hq.error.wrongPassphrase", "This passphrase does not open HQ''s data. Give the HQ administrator''s passphrase (--passphrase-file, SHIELD_PASSPHRASE or the terminal).", "รหัสผ่านนี้เปิดข้อมูลของสำนักงานใหญ่ไม่ได้ โปรดใช้รหัสผ่านของผู้ดูแลระบบสำนักงานใหญ่ (--passphrase-file, SHIELD_PASSPHRASE หรือพิมพ์ที่เทอร์มินัล)")
e("hq.error.noData", "There is no HQ data in that directory. Give the --data directory HQ was started with.", "ไม่มีข้อมูลของสำนักงานใหญ่ในโฟลเดอร์นั้น โปรดระบุโฟลเดอร์ --data ที่ใช้เริ่มเซิร์ฟเวอร์สำนักงานใหญ่")
e("hq.error.dataInUse", "HQ''s data is open in a running HQ. Stop that HQ first, then try again. Nothing was changed.", "ข้อมูลของสำนักงานใหญ่เปิดอยู่ในเซิร์ฟเวอร์สำนักงานใหญ่ที่กำลังทำงาน โปรดหยุดเซิร์ฟเวอร์นั้นก่อนแล้วลองอีกครั้ง ยังไม่มีการเปลี่ยนแปลงใด")
e("hq.error.passphraseChangedMeanwhile", "The HQ administrator''s passphrase was changed by another command at the same time. Nothing was changed here; run it again with the passphrase now in force.", "รหัสผ่านของผู้ดูแลระบบสำนักงานใหญ่ถูกเปลี่ยนโดยคำสั่งอื่นในเวลาเดียวกัน ไม่มีการเปลี่ยนแปลงใดที่นี่ โปรดลองอีกครั้งด้วยรหัสผ่านที่ใช้อยู่ในขณะนี้")
e("hq.error.valueSealBroken", "A value stored at HQ does not open with HQ''s key: the database was changed outside HQ, or belongs to another HQ. Nothing was sent or changed; ask HQ''s administrator.", "ข้อมูลที่เก็บไว้ที่สำนักงานใหญ่เปิดด้วยกุญแจของสำนักงานใหญ่ไม่ได้ เนื่องจากฐานข้อมูลถูกแก้ไขจากภายนอกสำนักงานใหญ่ หรือเป็นของสำนักงานใหญ่อื่น ไม่มีการส่งหรือเปลี่ยนแปลงข้อมูลใด ๆ โปรดติดต่อผู้ดูแลระบบสำนักงานใหญ่")
e("hq.error.signIn", "The HQ account name or passphrase is not correct.", "ชื่อบัญชีหรือรหัสผ่านของสำนักงานใหญ่ไม่ถูกต้อง")
e("hq.error.notSignedIn", "Sign in to HQ as its administrator first.", "โปรดเข้าสู่ระบบสำนักงานใหญ่ในฐานะผู้ดูแลระบบก่อน")
e("hq.error.unit", "The unit code must be 1 to 32 letters, digits or dashes.", "รหัสหน่วยงานต้องเป็นตัวอักษร ตัวเลข หรือขีด 1 ถึง 32 ตัว")
e("hq.error.role", "Unknown role. Use Investigator, Caseworker, Supervisor, Administrator or Auditor.", "ไม่รู้จักบทบาทนี้ โปรดใช้ Investigator, Caseworker, Supervisor, Administrator หรือ Auditor")
e("hq.error.userName", "The user name must be 1 to 64 lower-case letters, digits, dots, dashes or underscores.", "ชื่อผู้ใช้ต้องเป็นตัวอักษรพิมพ์เล็ก ตัวเลข จุด ขีด หรือขีดล่าง 1 ถึง 64 ตัว")
e("hq.error.code", "This enrolment code is not valid: it is unknown, already used, expired, or issued for another user. Ask the HQ administrator for a new one.", "รหัสลงทะเบียนนี้ใช้ไม่ได้ เนื่องจากไม่รู้จัก ถูกใช้แล้ว หมดอายุ หรือออกให้ผู้ใช้อื่น โปรดขอรหัสใหม่จากผู้ดูแลระบบสำนักงานใหญ่")
e("hq.error.publicKey", "The vault''s public key is missing or not an Ed25519 key.", "กุญแจสาธารณะของคลังข้อมูลไม่มีหรือไม่ใช่กุญแจ Ed25519")
e("hq.error.noActiveDevice", "No active device {0} at HQ.", "ไม่พบเครื่อง {0} ที่ยังใช้งานอยู่ที่สำนักงานใหญ่")
e("hq.error.deviceRefused", "HQ refused this device: it is unknown, revoked or its keys were destroyed.", "สำนักงานใหญ่ปฏิเสธเครื่องนี้ เนื่องจากไม่รู้จัก ถูกเพิกถอน หรือกุญแจถูกทำลายแล้ว")
e("hq.error.notLost", "This device is not marked lost.", "เครื่องนี้ไม่ได้ถูกแจ้งว่าสูญหาย")
e("hq.error.request", "HQ could not read the request.", "สำนักงานใหญ่อ่านคำขอไม่ได้")
e("error.vaultFromNewerApp", "This vault was last opened by a newer version of SHIELD Case Desk. Install that version (or a later one) to open it: nothing in the vault has been changed.", "คลังข้อมูลนี้ถูกเปิดครั้งล่าสุดด้วย SHIELD Case Desk รุ่นที่ใหม่กว่า ติดตั้งรุ่นนั้น (หรือรุ่นที่ใหม่กว่า) เพื่อเปิด ข้อมูลในคลังข้อมูลไม่ถูกเปลี่ยนแปลง")
e("hq.error.databaseFromNewerHq", "HQ's database was last used by a newer version of SHIELD HQ. Start that version (or a later one): this one would write records that version cannot read. Nothing was changed.", "ฐานข้อมูลของสำนักงานใหญ่ถูกใช้ครั้งล่าสุดโดย SHIELD HQ รุ่นที่ใหม่กว่า ให้เริ่มรุ่นนั้น (หรือรุ่นที่ใหม่กว่า) เพราะรุ่นนี้จะเขียนระเบียนที่รุ่นนั้นอ่านไม่ได้ ไม่มีสิ่งใดถูกเปลี่ยนแปลง")
e("hq.error.syncFormat", "This app and HQ are different versions and cannot sync. Install the version HQ runs, then sync again: nothing waiting to sync is lost.", "แอปนี้กับสำนักงานใหญ่เป็นคนละรุ่นกันจึงซิงก์ไม่ได้ ติดตั้งรุ่นเดียวกับที่สำนักงานใหญ่ใช้ แล้วซิงก์อีกครั้ง ข้อมูลที่รอซิงก์จะไม่สูญหาย")
e("hq.error.deviceId", "That is not a device id.", "นี่ไม่ใช่รหัสเครื่อง")
e("hq.error.tls", "HQ''s TLS certificate could not be made or read.", "ไม่สามารถสร้างหรืออ่านใบรับรอง TLS ของสำนักงานใหญ่ได้")
e("sync.error.pin", "HQ at {0} presented a certificate other than the one pinned at enrolment. Nothing was sent. If HQ''s certificate was replaced on purpose, the laptop must enrol again; otherwise someone may be impersonating HQ.", "สำนักงานใหญ่ที่ {0} แสดงใบรับรองที่ไม่ใช่ใบที่ตรึงไว้ตอนลงทะเบียน ไม่มีการส่งข้อมูลใด ๆ หากสำนักงานใหญ่เปลี่ยนใบรับรองโดยตั้งใจ ต้องลงทะเบียนเครื่องนี้ใหม่ มิฉะนั้นอาจมีผู้แอบอ้างเป็นสำนักงานใหญ่")
e("sync.error.tls", "A secure connection to HQ at {0} could not be made.", "ไม่สามารถสร้างการเชื่อมต่อที่ปลอดภัยกับสำนักงานใหญ่ที่ {0} ได้")
e("sync.error.notTls", "That address does not serve TLS: use http:// for a loopback HQ, or check the address.", "ที่อยู่นี้ไม่ได้ให้บริการ TLS โปรดใช้ http:// สำหรับสำนักงานใหญ่บนเครื่องเดียวกัน หรือตรวจสอบที่อยู่")
e("sync.error.fingerprint", "HQ''s certificate does not have the fingerprint you gave. Nothing was sent: check the fingerprint hq serve printed.", "ใบรับรองของสำนักงานใหญ่ไม่ตรงกับลายนิ้วมือที่คุณระบุ ไม่มีการส่งข้อมูลใด ๆ โปรดตรวจสอบลายนิ้วมือที่ hq serve แสดง")
e("cli.hq.fingerprintNeeded", "For an https:// address give --fingerprint, as hq serve printed it.", "สำหรับที่อยู่ https:// โปรดระบุ --fingerprint ตามที่ hq serve แสดง")
e("cli.sync.pinned", "Pinned HQ''s certificate, SHA-256 {0}: compare it with the fingerprint hq serve printed.", "ตรึงใบรับรองของสำนักงานใหญ่แล้ว SHA-256 {0} โปรดเทียบกับลายนิ้วมือที่ hq serve แสดง")
e("hq.error.bind", "That address to listen on is not valid.", "ที่อยู่สำหรับรับการเชื่อมต่อไม่ถูกต้อง")
e("hq.error.signature", "HQ refused the batch: it is not signed with this device''s enrolled vault key.", "สำนักงานใหญ่ปฏิเสธชุดข้อมูล เนื่องจากไม่ได้ลงนามด้วยกุญแจของคลังข้อมูลที่ลงทะเบียนไว้ของเครื่องนี้")
e("hq.error.batch", "HQ could not read the batch of changes: it is malformed.", "สำนักงานใหญ่อ่านชุดการเปลี่ยนแปลงไม่ได้ เนื่องจากรูปแบบไม่ถูกต้อง")
e("hq.error.gap", "HQ holds this device''s changes only up to number {0}, and the batch starts later: changes are missing from this vault''s outbox. Nothing was stored; ask HQ''s administrator.", "สำนักงานใหญ่มีการเปลี่ยนแปลงของเครื่องนี้ถึงลำดับที่ {0} เท่านั้น แต่ชุดข้อมูลเริ่มหลังจากนั้น แสดงว่าการเปลี่ยนแปลงบางส่วนหายไปจากคลังข้อมูลนี้ ไม่มีการบันทึกใด ๆ โปรดติดต่อผู้ดูแลระบบสำนักงานใหญ่")
e("hq.error.sequenceReused", "HQ already holds other changes under these numbers from this device: this vault was restored from a backup or copied. Nothing was stored; it must resync in full.", "สำนักงานใหญ่มีการเปลี่ยนแปลงอื่นที่ใช้ลำดับเหล่านี้จากเครื่องนี้แล้ว แสดงว่าคลังข้อมูลนี้ถูกกู้คืนจากข้อมูลสำรองหรือถูกคัดลอก ไม่มีการบันทึกใด ๆ ต้องซิงก์ใหม่ทั้งหมด")
e("cli.sync.done", "Sent to HQ: {0} changes ({1} new conflicts). Received from HQ: {2} records. Still waiting to be sent: {3}; kept back until what they refer to arrives: {4}.", "ส่งไปยังสำนักงานใหญ่: การเปลี่ยนแปลง {0} รายการ (ความขัดแย้งใหม่ {1} รายการ) รับจากสำนักงานใหญ่: {2} ระเบียน ยังรอส่ง: {3} รายการ รอจนกว่าข้อมูลที่อ้างถึงจะมาถึง: {4} ระเบียน")
e("cli.sync.conflicts.none", "No open conflicts for you to resolve.", "ไม่มีความขัดแย้งที่รอให้คุณแก้ไข")
e("cli.sync.conflicts.heading", "Conflict {0}: {1} {2}, field {3} (since {4})", "ความขัดแย้ง {0}: {1} {2} ช่อง {3} (ตั้งแต่ {4})")
e("cli.sync.conflicts.value", "{0} on device {1} at {2}: {3}", "{0} บนเครื่อง {1} เมื่อ {2}: {3}")
e("cli.sync.resolved", "Conflict {0} resolved at HQ; this vault has the value.", "แก้ความขัดแย้ง {0} ที่สำนักงานใหญ่แล้ว คลังข้อมูลนี้ได้รับค่าแล้ว")
e("hq.error.resolution", "A resolution must give a value.", "การแก้ความขัดแย้งต้องระบุค่า")
e("hq.error.noConflict", "No open conflict {0} that you may resolve.", "ไม่พบความขัดแย้ง {0} ที่ยังเปิดอยู่และคุณมีสิทธิ์แก้ไข")
e("hq.error.staleVault", "HQ has seen a later state of this vault: it was restored from a backup or copied. It must start over with HQ.", "สำนักงานใหญ่เคยเห็นสถานะที่ใหม่กว่าของคลังข้อมูลนี้ แสดงว่าถูกกู้คืนจากข้อมูลสำรองหรือถูกคัดลอก ต้องเริ่มซิงก์กับสำนักงานใหญ่ใหม่")
e("sync.error.unreachable", "HQ at {0} could not be reached. Check the address and the connection, then try again; nothing was lost.", "ไม่สามารถติดต่อสำนักงานใหญ่ที่ {0} ได้ โปรดตรวจสอบที่อยู่และการเชื่อมต่อแล้วลองอีกครั้ง ไม่มีข้อมูลสูญหาย")
e("sync.error.syncFormat", "HQ at {0} runs a different version of SHIELD and cannot sync with this app. Ask HQ''s administrator which version to install: nothing waiting to sync is lost.", "สำนักงานใหญ่ที่ {0} ใช้ SHIELD คนละรุ่นกับแอปนี้จึงซิงก์ไม่ได้ สอบถามผู้ดูแลสำนักงานใหญ่ว่าต้องติดตั้งรุ่นใด ข้อมูลที่รอซิงก์จะไม่สูญหาย")
e("sync.renumbered.case", "Case {0} is now {1}. Another laptop had given the number {0} to a different case, which reached HQ first; this case had not been sent yet, so it took a new number. Correct any label or paper that shows {0}.", "คดี {0} เปลี่ยนเป็น {1} แล้ว เครื่องอื่นได้ให้เลข {0} แก่อีกคดีหนึ่งซึ่งถึงสำนักงานใหญ่ก่อน คดีนี้ยังไม่ได้ส่ง จึงได้รับเลขใหม่ โปรดแก้ไขป้ายหรือเอกสารที่แสดงเลข {0}")
e("sync.renumbered.pseudonym", "Pseudonym {0} is now {1}. Another laptop had given {0} to a different person, who reached HQ first; this person had not been sent yet, so they took a new pseudonym. Correct any paper that shows {0}.", "นามแฝง {0} เปลี่ยนเป็น {1} แล้ว เครื่องอื่นได้ให้นามแฝง {0} แก่บุคคลอื่นซึ่งถึงสำนักงานใหญ่ก่อน บุคคลนี้ยังไม่ได้ส่ง จึงได้รับนามแฝงใหม่ โปรดแก้ไขเอกสารที่แสดง {0}")
e("sync.error.answer", "HQ''s answer could not be understood. Is the address that of a SHIELD HQ?", "ไม่เข้าใจคำตอบของสำนักงานใหญ่ ที่อยู่นี้เป็นของสำนักงานใหญ่ SHIELD หรือไม่")
e("hq.error.contentAddress", "An exhibit''s content is addressed by its SHA-256: 64 hexadecimal characters.", "เนื้อหาของวัตถุพยานระบุด้วยค่า SHA-256 ซึ่งเป็นเลขฐานสิบหก 64 ตัว")
e("hq.error.contentUnknown", "HQ holds no exhibit record from this device with this content. Sync the exhibit record first; its content follows.", "สำนักงานใหญ่ไม่มีระเบียนวัตถุพยานจากเครื่องนี้ที่มีเนื้อหานี้ โปรดซิงก์ระเบียนวัตถุพยานก่อน แล้วเนื้อหาจะตามไป")
e("hq.error.chunkHash", "A piece of exhibit content (at byte {0}) arrived damaged at HQ and was not kept; it is sent again.", "ส่วนหนึ่งของเนื้อหาวัตถุพยาน (ที่ไบต์ {0}) มาถึงสำนักงานใหญ่โดยเสียหายและไม่ถูกเก็บไว้ ระบบจะส่งใหม่")
e("hq.error.contentBusy", "Another laptop is sending this exhibit content to HQ; this one tries again at a later sync.", "เครื่องอื่นกำลังส่งเนื้อหาวัตถุพยานนี้ไปยังสำนักงานใหญ่ เครื่องนี้จะลองใหม่ในการซิงก์ครั้งถัดไป")
e("hq.error.contentOffset", "HQ holds {0} bytes of this exhibit content; the upload goes on from there.", "สำนักงานใหญ่มีเนื้อหาวัตถุพยานนี้ {0} ไบต์ การอัปโหลดจะทำต่อจากจุดนั้น")
e("hq.error.contentSize", "This exhibit content was announced to HQ with another size. Nothing was stored.", "เนื้อหาวัตถุพยานนี้เคยแจ้งสำนักงานใหญ่ด้วยขนาดอื่น ไม่มีการบันทึกใด ๆ")
e("hq.error.contentHash", "The exhibit content HQ received does not have the SHA-256 it was sent under. HQ did not accept it and dropped what it had received.", "เนื้อหาวัตถุพยานที่สำนักงานใหญ่ได้รับมีค่า SHA-256 ไม่ตรงกับที่ส่งมา สำนักงานใหญ่ไม่รับและลบส่วนที่ได้รับไว้แล้ว")
e("hq.error.contentNotVisible", "Your role does not allow you to see the case this exhibit belongs to, so HQ does not send its content.", "บทบาทของคุณไม่อนุญาตให้ดูคดีที่วัตถุพยานนี้สังกัด สำนักงานใหญ่จึงไม่ส่งเนื้อหาให้")
e("hq.error.noContent", "HQ does not hold this exhibit''s content yet.", "สำนักงานใหญ่ยังไม่มีเนื้อหาของวัตถุพยานนี้")
e("sync.error.contentDamaged", "Exhibit content kept arriving damaged at HQ. The connection may be faulty; the next sync goes on from what HQ holds.", "เนื้อหาวัตถุพยานมาถึงสำนักงานใหญ่โดยเสียหายซ้ำหลายครั้ง การเชื่อมต่ออาจมีปัญหา การซิงก์ครั้งถัดไปจะทำต่อจากส่วนที่สำนักงานใหญ่มีอยู่")
e("evidence.contentAtHq", "This exhibit''s content is at HQ and not yet on this laptop. Connect to HQ to fetch it.", "เนื้อหาของวัตถุพยานนี้อยู่ที่สำนักงานใหญ่และยังไม่มีในเครื่องนี้ โปรดเชื่อมต่อกับสำนักงานใหญ่เพื่อดึงข้อมูล")
e("evidence.contentNotAtHqYet", "This exhibit''s content has not reached HQ yet. Try again after the laptop that recorded it has synced.", "เนื้อหาของวัตถุพยานนี้ยังไม่ถึงสำนักงานใหญ่ โปรดลองอีกครั้งหลังจากเครื่องที่บันทึกวัตถุพยานได้ซิงก์แล้ว")
e("evidence.contentFromHqDiffers", "The content received from HQ does not match this exhibit''s recorded SHA-256, so it was not kept. Report this to HQ''s administrator.", "เนื้อหาที่ได้รับจากสำนักงานใหญ่ไม่ตรงกับค่า SHA-256 ที่บันทึกไว้ของวัตถุพยานนี้ จึงไม่ถูกเก็บไว้ โปรดแจ้งผู้ดูแลระบบสำนักงานใหญ่")
e("sync.error.alreadyEnrolled", "This vault is already enrolled at HQ.", "คลังข้อมูลนี้ลงทะเบียนกับสำนักงานใหญ่แล้ว")
e("sync.error.noCode", "Give the enrolment code from the HQ administrator.", "โปรดระบุรหัสลงทะเบียนจากผู้ดูแลระบบสำนักงานใหญ่")
e("sync.error.notEnrolled", "This vault is not enrolled at HQ yet (sync enroll).", "คลังข้อมูลนี้ยังไม่ได้ลงทะเบียนกับสำนักงานใหญ่ (sync enroll)")
e("sync.error.url", "HQ''s address must start with http:// or https:// and name a host.", "ที่อยู่ของสำนักงานใหญ่ต้องขึ้นต้นด้วย http:// หรือ https:// และมีชื่อเครื่อง")
e("sync.shredded", "HQ reported this laptop lost: its vault keys have been destroyed, and this vault can no longer be opened.", "สำนักงานใหญ่แจ้งว่าเครื่องนี้สูญหาย กุญแจของคลังข้อมูลถูกทำลายแล้ว และจะไม่สามารถเปิดคลังข้อมูลนี้ได้อีก")
e("cli.sync.status.enrolled", "Enrolled at {0} as device {1}, syncing as {2} ({3}, unit {4}).", "ลงทะเบียนกับ {0} เป็นเครื่อง {1} ซิงก์ในนามของ {2} ({3} หน่วย {4})")
e("cli.sync.status.notEnrolled", "Not enrolled at HQ (sync enroll).", "ยังไม่ได้ลงทะเบียนกับสำนักงานใหญ่ (sync enroll)")
e("cli.sync.status.counts", "Changes waiting: {0}. Last sync: {1}. Open conflicts: {2}.", "การเปลี่ยนแปลงที่รอส่ง: {0} ซิงก์ครั้งล่าสุด: {1} ความขัดแย้งที่ยังไม่แก้: {2}")
e("cli.sync.status.never", "never", "ยังไม่เคย")
e("cli.sync.status.hq", "HQ says: {0}.", "สำนักงานใหญ่ตอบว่า: {0}")
e("cli.hq.codeIssued", "Enrolment code for {0} ({1}, unit {2}), good once, until {3}:", "รหัสลงทะเบียนสำหรับ {0} ({1} หน่วย {2}) ใช้ได้ครั้งเดียว จนถึง {3}:")
e("cli.hq.deviceLost", "Device {0} marked lost: at its next contact it will destroy its vault keys.", "แจ้งเครื่อง {0} ว่าสูญหายแล้ว เมื่อติดต่อครั้งถัดไปเครื่องจะทำลายกุญแจของคลังข้อมูล")
e("cli.hq.passphraseChanged", "HQ administrator passphrase changed. HQ processes already running go on; every later start of HQ needs the new passphrase.", "เปลี่ยนรหัสผ่านของผู้ดูแลระบบสำนักงานใหญ่แล้ว เซิร์ฟเวอร์สำนักงานใหญ่ที่ทำงานอยู่จะทำงานต่อไป การเริ่มเซิร์ฟเวอร์ครั้งต่อไปทุกครั้งต้องใช้รหัสผ่านใหม่")
e("cli.sync.enrolled", "Enrolled at HQ as device {0}, syncing as {1} ({2}, unit {3}).", "ลงทะเบียนกับสำนักงานใหญ่แล้วเป็นเครื่อง {0} ซิงก์ในนามของ {1} ({2} หน่วย {3})")

enums = {
 "CaseStatus": [("Active","Active","ดำเนินการ"),("FollowUp","Follow-up","ติดตามผล"),("Closed","Closed","ปิดคดี"),("ClosedReferred","Closed (referred)","ปิดคดี (ส่งต่อ)")],
 "ExploitationType": [("ForcedLabour","Forced labour","การบังคับใช้แรงงาน"),("SexualExploitation","Sexual exploitation","การแสวงประโยชน์ทางเพศ"),("ChildLabour","Child labour","แรงงานเด็ก"),("ForcedMarriage","Forced marriage","การบังคับแต่งงาน"),("Servitude","Servitude","การเอาคนลงเป็นทาส"),("ForcedMilitaryByNonStateActors","Forced military service (non-state actors)","การบังคับเป็นทหารโดยกลุ่มที่ไม่ใช่รัฐ"),("OrganRemoval","Organ removal","การตัดอวัยวะ"),("ForcedBegging","Forced begging","การบังคับให้ขอทาน"),("ForcedAdoption","Forced adoption","การบังคับรับบุตรบุญธรรม"),("Surrogacy","Surrogacy","การตั้งครรภ์แทน"),("ForcedCriminalityOnlineScam","Forced criminality in online scam operations","การบังคับให้กระทำผิดในแก๊งหลอกลวงออนไลน์"),("Other","Other","อื่น ๆ")],
 "Sensitivity": [("Restricted","Restricted","ลับ (จำกัด)"),("Confidential","Confidential","ลับมาก"),("Secret","Secret","ลับที่สุด")],
 "PartyRole": [("PossibleVictim","Possible victim","ผู้ที่อาจเป็นผู้เสียหาย"),("Victim","Victim","ผู้เสียหาย"),("Witness","Witness","พยาน"),("Complainant","Complainant","ผู้ร้องทุกข์"),("Suspect","Suspect","ผู้ต้องสงสัย"),("FamilyMember","Family member","สมาชิกครอบครัว"),("Other","Other","อื่น ๆ")],
 "RoleInProcess": [("TravellingPartner","Travelling partner","ผู้ร่วมเดินทาง"),("Transporter","Transporter","ผู้ขนส่ง"),("RecruiterOrIntermediary","Recruiter or intermediary","ผู้จัดหาหรือนายหน้า"),("BrokerTravelAgent","Broker / travel agent","นายหน้า / ตัวแทนการเดินทาง"),("TransferredIndividual","Transferred the person","ผู้ส่งต่อบุคคล"),("HarbouredIndividual","Harboured the person","ผู้ให้ที่พักพิงบุคคล"),("SoldIndividual","Sold the person","ผู้ขายบุคคล"),("BoughtIndividual","Bought the person","ผู้ซื้อบุคคล"),("ReceivedIndividual","Received the person","ผู้รับบุคคล"),("ControlledIndividual","Controlled the person","ผู้ควบคุมบุคคล"),("Smuggler","Smuggler","ผู้ลักลอบขนคน"),("Abuser","Abuser","ผู้กระทำทารุณ"),("Kidnapper","Kidnapper","ผู้ลักพาตัว"),("Exploiter","Exploiter","ผู้แสวงประโยชน์"),("Other","Other","อื่น ๆ")],
 "TraffickingEventType": [("Recruitment","Recruitment","การจัดหา"),("Transit","Transit","การเดินทางผ่าน"),("Exploitation","Exploitation","การแสวงประโยชน์")],
 "Gender": [("Feminine","Female","หญิง"),("Masculine","Male","ชาย"),("TransgenderFeminine","Transgender woman","หญิงข้ามเพศ"),("TransgenderMasculine","Transgender man","ชายข้ามเพศ"),("NonConforming","Gender non-conforming","ไม่ระบุเพศตามขนบ"),("NonSpecifiedUnknown","Not specified / unknown","ไม่ระบุ / ไม่ทราบ")],
 "DocumentType": [("Passport","Passport","หนังสือเดินทาง"),("NationalId","National ID card","บัตรประจำตัวประชาชน"),("BorderPass","Border pass","บัตรผ่านแดน"),("Other","Other document","เอกสารอื่น")],
 "ContactType": [("Phone","Phone","โทรศัพท์"),("Email","E-mail","อีเมล"),("Line","LINE","LINE"),("Telegram","Telegram","Telegram"),("WhatsApp","WhatsApp","WhatsApp"),("WeChat","WeChat","WeChat"),("Facebook","Facebook","Facebook"),("TikTok","TikTok","TikTok"),("Other","Other","อื่น ๆ")],
 "NameKind": [("Alias","Alias","ชื่อแฝง"),("Nickname","Nickname","ชื่อเล่น")],
 "OrganisationType": [("NGO","NGO","องค์กรพัฒนาเอกชน"),("LawEnforcement","Law enforcement","หน่วยงานบังคับใช้กฎหมาย"),("HealthServiceOrganisation","Health service","หน่วยบริการสุขภาพ"),("CentralGovernmentOrganisation","Central government","หน่วยงานราชการส่วนกลาง"),("LocalGovernmentOrganisation","Local government","องค์กรปกครองส่วนท้องถิ่น"),("ImmigrationService","Immigration service","สำนักงานตรวจคนเข้าเมือง"),("LegalService","Legal service","หน่วยบริการทางกฎหมาย"),("CorporateBusiness","Business","ธุรกิจเอกชน"),("SchoolOrCollege","School or college","สถานศึกษา"),("ScamCompound","Scam compound","แหล่งแก๊งหลอกลวง"),("FrontCompany","Front company","บริษัทบังหน้า"),("RecruitmentAgency","Recruitment agency","บริษัทจัดหางาน"),("Other","Other","อื่น ๆ")],
 "Permission": [("CASE_VIEW","See cases","ดูคดี"),("CASE_READ_INVESTIGATION","Read the investigation","อ่านข้อมูลการสืบสวน"),("CASE_CREATE","Open cases","เปิดคดี"),("CASE_EDIT","Edit cases","แก้ไขคดี"),("CASE_DELETE","Delete cases","ลบคดี"),("CASE_ASSIGN","Assign lead and team","มอบหมายหัวหน้าและทีม"),("CASE_REQUEST_CLOSURE","Request closure","ขอปิดคดี"),("CASE_REOPEN","Reopen cases","เปิดคดีใหม่อีกครั้ง"),("PARTY_VIEW_PROTECTED","See victims and witnesses","ดูผู้เสียหายและพยาน"),("PARTY_ADD","Add persons to cases","เพิ่มบุคคลในคดี"),("PARTY_REFER","Refer victims to caseworkers","ส่งต่อผู้เสียหายให้นักสังคมสงเคราะห์"),("PERSON_SEARCH","Search persons","ค้นหาบุคคล"),("PERSON_VIEW","Read persons","ดูข้อมูลบุคคล"),("PERSON_EDIT","Edit persons","แก้ไขข้อมูลบุคคล"),("IDENTITY_REVEAL","Reveal protected identities","เปิดเผยตัวตนที่ได้รับการคุ้มครอง"),("APPROVAL_DECIDE","Decide approvals","พิจารณาอนุมัติ"),("USER_MANAGE","Manage users","จัดการผู้ใช้"),("AUDIT_VIEW","Read the audit trail","ดูบันทึกการตรวจสอบ"),("AUDIT_VERIFY","Verify the audit trail","ตรวจความถูกต้องของบันทึกการตรวจสอบ"),("RECORD_HISTORY","Read record history","ดูประวัติระเบียน"),("VAULT_BACKUP","Back up the vault","สำรองคลังข้อมูล"),("ORGANISATION_VIEW","Read organisations","ดูข้อมูลองค์กร"),("ORGANISATION_EDIT","Edit organisations","แก้ไขข้อมูลองค์กร"),("INTERVIEW_VIEW","Read interviews","อ่านการสัมภาษณ์"),("INTERVIEW_RECORD","Record interviews","บันทึกการสัมภาษณ์"),("INTERVIEW_COUNTERSIGN","Countersign interviews","ลงนามร่วมการสัมภาษณ์"),("EVIDENCE_VIEW","See exhibits","ดูวัตถุพยาน"),("EVIDENCE_RECORD","Record exhibits and custody","บันทึกวัตถุพยานและการครอบครอง"),("EVIDENCE_OPEN_SENSITIVE","Open sensitive exhibits","เปิดวัตถุพยานที่อ่อนไหว"),("EVIDENCE_EXPORT","Export evidence for disclosure","ส่งออกพยานหลักฐานเพื่อเปิดเผย"),("EVIDENCE_VERIFY","Verify evidence integrity","ตรวจสอบความถูกต้องของพยานหลักฐาน"),("SCREENING_VIEW","Read screenings","อ่านผลการคัดกรอง"),("SCREENING_RECORD","Screen victims","คัดกรองผู้เสียหาย"),("CARE_VIEW","See shelter care","ดูข้อมูลการคุ้มครอง"),("CARE_RECORD","Record shelter care","บันทึกข้อมูลการคุ้มครอง"),("CARE_NOTE_VIEW","Read counselling and medical notes","อ่านบันทึกการให้คำปรึกษาและบันทึกทางการแพทย์"),("CARE_NOTE_RECORD","Write counselling and medical notes","เขียนบันทึกการให้คำปรึกษาและบันทึกทางการแพทย์")],
 "AuditAction": [("SignIn","Signed in","เข้าสู่ระบบ"),("UnlockFailed","Failed unlocks","ปลดล็อกไม่สำเร็จ"),("Lock","Locked","ล็อก"),("Create","Created","สร้าง"),("Update","Changed","แก้ไข"),("Delete","Deleted","ลบ"),("Reveal","Identity revealed","เปิดเผยตัวตน"),("Export","Exported","ส่งออก"),("Print","Printed","พิมพ์"),("Report","Report made","จัดทำรายงาน"),("AccessDenied","Access denied","ปฏิเสธการเข้าถึง"),("ApprovalRequested","Approval requested","ขออนุมัติ"),("ApprovalGranted","Approved","อนุมัติ"),("ApprovalReturned","Returned","ส่งคืน"),("UserAdded","User added","เพิ่มผู้ใช้"),("UserChanged","User changed","แก้ไขผู้ใช้"),("UserDisabled","User disabled","ระงับผู้ใช้"),("PassphraseReset","Temporary passphrase issued","ออกรหัสผ่านชั่วคราว"),("PassphraseChanged","Passphrase changed","เปลี่ยนรหัสผ่าน"),("AuditVerified","Audit trail verified","ตรวจสอบบันทึกการตรวจสอบ"),("Custody","Custody step","ขั้นตอนการครอบครอง"),("IntegrityVerified","Integrity verified","ตรวจสอบความถูกต้องของวัตถุพยาน"),("InterviewSignedOff","Interview signed off","ลงนามรับรองการสัมภาษณ์"),("InterviewCountersigned","Interview countersigned","ลงนามร่วมการสัมภาษณ์"),("InterviewReturned","Interview returned","ส่งคืนการสัมภาษณ์"),("DeviceEnrolled","Enrolled at HQ","ลงทะเบียนเครื่องกับสำนักงานใหญ่"),("DeviceKeysDestroyed","Vault keys destroyed (device reported lost)","ทำลายกุญแจของคลังข้อมูลแล้ว (เครื่องถูกแจ้งว่าสูญหาย)"),("Received","Received from HQ","ได้รับจากสำนักงานใหญ่")],
 "ApprovalKind": [("CaseClosure","Case closure","การปิดคดี"),("SuspectDesignation","Suspect designation of a victim","การระบุผู้เสียหายเป็นผู้ต้องสงสัย"),("MdtDecision","MDT identification decision","ผลการคัดแยกของทีมสหวิชาชีพ")],
 "ApprovalState": [("Pending","Pending","รอพิจารณา"),("Approved","Approved","อนุมัติแล้ว"),("Returned","Returned","ส่งคืนแล้ว")],
 "Problem": [("ALTERED","altered","ถูกแก้ไข"),("REMOVED","removed","ถูกลบ"),("INSERTED","inserted or not signed by this vault","ถูกแทรกหรือไม่ได้ลงนามโดยคลังข้อมูลนี้"),("REORDERED","reordered","ถูกสลับลำดับ")],
 "ExhibitType": [("Digital","Digital","ดิจิทัล"),("Physical","Physical","ทางกายภาพ"),("Document","Document","เอกสาร")],
 "CustodyAction": [("Collected","Collected","เก็บรวบรวม"),("Sealed","Sealed","ปิดผนึก"),("Transferred","Transferred","ส่งมอบ"),("Received","Received","รับมอบ"),("Viewed","Viewed","เปิดดู"),("Exported","Exported or copied","ส่งออกหรือทำสำเนา"),("Analysed","Analysed","ตรวจวิเคราะห์"),("Returned","Returned","ส่งคืน"),("Destroyed","Destroyed","ทำลาย"),("RedactionDerived","Redacted copy made","จัดทำสำเนาที่ปกปิดข้อมูล"),("Relabelled","Relabelled","เปลี่ยนหมายเลข")],
 "HashCheck": [("NotChecked","Not checked","ไม่ได้ตรวจ"),("Match","Match","ตรงกัน"),("Mismatch","MISMATCH","ไม่ตรงกัน"),("Unreadable","Unreadable or missing","อ่านไม่ได้หรือสูญหาย"),("AtHq","Not checked here: the content is at HQ","ไม่ได้ตรวจที่เครื่องนี้: เนื้อหาอยู่ที่สำนักงานใหญ่")],
 "Integrity": [("NoContent","No stored file","ไม่มีไฟล์ที่จัดเก็บ"),("AtIntake","Hashed at intake","คำนวณแฮชเมื่อรับเข้า"),("Verified","Verified","ตรวจสอบแล้ว"),("Mismatch","MISMATCH","ไม่ตรงกัน")],
 "InterviewKind": [("Victim","Victim interview","การสัมภาษณ์ผู้เสียหาย"),("Witness","Witness interview","การสัมภาษณ์พยาน"),("Suspect","Suspect interview","การสัมภาษณ์ผู้ต้องสงสัย"),("MdtIdentification","MDT identification interview","การสัมภาษณ์คัดแยกโดยทีมสหวิชาชีพ")],
 "InterviewState": [("Open","Open","เปิดอยู่"),("AwaitingCountersign","Awaiting countersignature","รอการลงนามร่วม"),("SignedOff","Signed off","ลงนามรับรองแล้ว")],
 "ConsentAnswer": [("NotRecorded","Not recorded","ไม่ได้บันทึก"),("Yes","Yes","ใช่"),("No","No","ไม่ใช่")],
 "TimelineKind": [("Route","Route","เส้นทาง"),("Interview","Interview","การสัมภาษณ์"),("Exhibit","Exhibit","วัตถุพยาน"),("Custody","Custody","การครอบครอง"),("Note","Note","บันทึก"),("Approval","Approval","การอนุมัติ")],
 "TraffickingStatus": [("PossibleVictimOfTrafficking","Possible victim of trafficking","ผู้ที่อาจเป็นผู้เสียหายจากการค้ามนุษย์"),("ActualVictimOfTrafficking","Victim of trafficking","ผู้เสียหายจากการค้ามนุษย์"),("NotAVictimOfTrafficking","Not a victim of trafficking","ไม่ใช่ผู้เสียหายจากการค้ามนุษย์")],
 "DecisionMakingOrg": [("Police","Police","ตำรวจ"),("NGO","NGO","องค์กรพัฒนาเอกชน"),("CourtOrProsecution","Court or prosecution","ศาลหรืออัยการ"),("NonPoliceGovernmentalOrganization","Government agency (not police)","หน่วยงานรัฐ (ที่ไม่ใช่ตำรวจ)"),("Other","Other","อื่น ๆ")],
 "DepartureReason": [("TransferredToAnotherShelter","Transferred to another shelter","ย้ายไปสถานคุ้มครองอื่น"),("Repatriated","Repatriated","ส่งกลับประเทศต้นทาง"),("ReturnedToFamily","Returned to family","กลับคืนสู่ครอบครัว"),("IndependentLiving","Independent living","ใช้ชีวิตอย่างอิสระ"),("LeftVoluntarily","Left voluntarily","ออกโดยสมัครใจ"),("Absconded","Left without notice","ออกไปโดยไม่แจ้ง"),("Other","Other","อื่น ๆ")],
 "ConsentPurpose": [("CaseManagement","Case management","การบริหารจัดการรายกรณี"),("SharingWithPartner","Sharing with a partner organisation","การแบ่งปันข้อมูลกับองค์กรภาคี"),("AnonymousStatistics","Anonymous statistics","สถิติแบบไม่ระบุตัวตน"),("ReturnHome","Return home","การเดินทางกลับภูมิลำเนา")],
 "VictimStage": [("NotScreened","Not screened","ยังไม่ได้คัดกรอง"),("Screened","Screened","คัดกรองแล้ว"),("InReflection","In reflection period","อยู่ในระยะพักฟื้นและไตร่ตรอง"),("Identified","Identified","ได้รับการพิสูจน์สถานะแล้ว"),("InCare","In care","อยู่ในความคุ้มครอง"),("Returning","Returning","อยู่ระหว่างส่งกลับ"),("Returned","Returned","ส่งกลับแล้ว"),("FollowUp","Follow-up due","ถึงกำหนดติดตามผล")],
 "RiskLevel": [("Low","Low","ต่ำ"),("Medium","Medium","ปานกลาง"),("High","High","สูง")],
 "AssessmentKind": [("Needs","Needs","ความต้องการ"),("Risk","Risk","ความเสี่ยง"),("ReTraffickingRisk","Risk of re-trafficking","ความเสี่ยงที่จะตกเป็นผู้เสียหายซ้ำ")],
 "AssessmentScope": [("Individual","Individual","รายบุคคล"),("Household","Household","ครัวเรือน"),("Community","Community","ชุมชน")],
 "SupportPlanType": [("Education","Education","การศึกษา"),("Financial","Financial","การเงิน"),("Health","Health","สุขภาพ"),("LabourExploitationRehabilitation","Rehabilitation after labour exploitation","การฟื้นฟูหลังการแสวงประโยชน์ด้านแรงงาน"),("Legal","Legal","กฎหมาย"),("Livelihood","Livelihood","การประกอบอาชีพ"),("RightsBasedTraining","Rights-based training","การอบรมด้านสิทธิ"),("SexualExploitationRehabilitation","Rehabilitation after sexual exploitation","การฟื้นฟูหลังการแสวงประโยชน์ทางเพศ"),("SocialCare","Social care","การดูแลทางสังคม")],
 "ServiceType": [("Medical","Medical","การแพทย์"),("Psychosocial","Psychosocial","จิตสังคม"),("LegalAid","Legal aid","ความช่วยเหลือทางกฎหมาย"),("Education","Education","การศึกษา"),("Livelihood","Livelihood","การประกอบอาชีพ"),("Financial","Financial","การเงิน"),("Interpretation","Interpretation","การแปลภาษา")],
 "CareNoteKind": [("Counselling","Counselling","การให้คำปรึกษา"),("Medical","Medical","การแพทย์")],
 "ConsentForm": [("Signed","Signed","ลงลายมือชื่อ"),("VerbalWithWitness","Verbal, with a witness","วาจา โดยมีพยาน"),("GuardianForMinor","By a guardian for a minor","ผู้ปกครองให้ความยินยอมแทนผู้เยาว์")],
 "TestifyWillingness": [("Undecided","Undecided","ยังไม่ตัดสินใจ"),("Willing","Willing to testify","ยินดีเป็นพยาน"),("WillingWithProtection","Willing, with protection","ยินดีเป็นพยานหากได้รับการคุ้มครอง"),("Unwilling","Not willing to testify","ไม่ประสงค์เป็นพยาน")],
 "HearingKind": [("AdvanceTestimony","Testimony taken in advance","การสืบพยานไว้ก่อนฟ้อง"),("Trial","Trial hearing","การสืบพยานในชั้นพิจารณา"),("Verdict","Verdict","การอ่านคำพิพากษา"),("Appeal","Appeal","การอุทธรณ์"),("Other","Other","อื่น ๆ")],
 "ClaimKind": [("Compensation","Compensation","ค่าตอบแทนผู้เสียหาย"),("Restitution","Restitution","ค่าสินไหมทดแทน")],
 "ClaimOutcome": [("Pending","Pending","อยู่ระหว่างพิจารณา"),("Awarded","Awarded","ได้รับการชดใช้"),("Rejected","Rejected","ถูกยกคำร้อง"),("Withdrawn","Withdrawn","ถอนคำร้อง")],
 "RepatriationStatus": [("Planned","Planned","วางแผนแล้ว"),("DocumentsReady","Documents ready","เอกสารพร้อม"),("HandedOver","Handed over","ส่งมอบตัวแล้ว"),("Cancelled","Cancelled","ยกเลิก")],
 "NationalityVerification": [("NotStarted","Not started","ยังไม่เริ่ม"),("Requested","Requested","ยื่นคำขอแล้ว"),("Verified","Verified","พิสูจน์สัญชาติแล้ว"),("NotConfirmed","Not confirmed","ไม่ได้รับการยืนยัน")],
 "TravelDocumentType": [("Passport","Passport","หนังสือเดินทาง"),("CertificateOfIdentity","Certificate of identity","หนังสือรับรองสถานะบุคคล (CI)"),("EmergencyTravelDocument","Emergency travel document","เอกสารเดินทางฉุกเฉิน"),("Other","Other","อื่น ๆ")],
 "Answer": [("Yes","Yes","ใช่"),("No","No","ไม่ใช่"),("Unknown","Unknown","ไม่ทราบ")],
 "Population": [("Adult","Adult","ผู้ใหญ่"),("Child","Child","เด็ก")],
 "ExploitationForm": [("Labour","Labour exploitation","การแสวงประโยชน์ด้านแรงงาน"),("Sexual","Sexual exploitation","การแสวงประโยชน์ทางเพศ")],
 "Role": [("Investigator","Investigator","พนักงานสอบสวน"),("Caseworker","Caseworker","นักสังคมสงเคราะห์"),("Supervisor","Supervisor","ผู้บังคับบัญชา"),("Administrator","Administrator","ผู้ดูแลระบบ"),("Auditor","Auditor","ผู้ตรวจสอบ")],
}
for en_name, vals in enums.items():
    for k, en, th in vals:
        e(f"enum.{en_name}.{k}", en, th)

def esc(s):
    # MessageFormat: an apostrophe must be written ''. Lone ones in the entries above are doubled here; those
    # already written '' stay as they are.
    import re
    return re.sub(r"(?<!')'(?!')", "''", s)

import sys
target = sys.argv[1]
for lang, idx in (("", 1), ("_th", 2)):
    path = f"{target}/messages{lang}.properties"
    try:
        old = open(path, encoding="utf-8").read()
        ui = old[old.index("# ---- ui ----"):]
    except (FileNotFoundError, ValueError):
        ui = "# ---- ui ----\n# Keys below this line belong to the desktop UI (org.shield.ui).\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write("# SHIELD Case Desk messages%s. UTF-8. Keys grouped by feature; patterns go through MessageFormat\n" % ("" if not lang else " (Thai)"))
        f.write("# (write '' for an apostrophe). Backend section (errors, rules, enums, CLI) above the ui marker.\n\n")
        for ent in sorted(entries, key=lambda x: x[0]):
            f.write(f"{ent[0]}={esc(ent[idx])}\n")
        f.write("\n" + ui)
print(len(entries))
