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
 "Permission": [("CASE_VIEW","See cases","ดูคดี"),("CASE_READ_INVESTIGATION","Read the investigation","อ่านข้อมูลการสืบสวน"),("CASE_CREATE","Open cases","เปิดคดี"),("CASE_EDIT","Edit cases","แก้ไขคดี"),("CASE_DELETE","Delete cases","ลบคดี"),("CASE_ASSIGN","Assign lead and team","มอบหมายหัวหน้าและทีม"),("CASE_REQUEST_CLOSURE","Request closure","ขอปิดคดี"),("CASE_REOPEN","Reopen cases","เปิดคดีใหม่อีกครั้ง"),("PARTY_VIEW_PROTECTED","See victims and witnesses","ดูผู้เสียหายและพยาน"),("PARTY_ADD","Add persons to cases","เพิ่มบุคคลในคดี"),("PARTY_REFER","Refer victims to caseworkers","ส่งต่อผู้เสียหายให้นักสังคมสงเคราะห์"),("PERSON_SEARCH","Search persons","ค้นหาบุคคล"),("PERSON_VIEW","Read persons","ดูข้อมูลบุคคล"),("PERSON_EDIT","Edit persons","แก้ไขข้อมูลบุคคล"),("IDENTITY_REVEAL","Reveal protected identities","เปิดเผยตัวตนที่ได้รับการคุ้มครอง"),("APPROVAL_DECIDE","Decide approvals","พิจารณาอนุมัติ"),("USER_MANAGE","Manage users","จัดการผู้ใช้"),("AUDIT_VIEW","Read the audit trail","ดูบันทึกการตรวจสอบ"),("AUDIT_VERIFY","Verify the audit trail","ตรวจความถูกต้องของบันทึกการตรวจสอบ"),("RECORD_HISTORY","Read record history","ดูประวัติระเบียน"),("VAULT_BACKUP","Back up the vault","สำรองคลังข้อมูล"),("ORGANISATION_VIEW","Read organisations","ดูข้อมูลองค์กร"),("ORGANISATION_EDIT","Edit organisations","แก้ไขข้อมูลองค์กร")],
 "AuditAction": [("SignIn","Signed in","เข้าสู่ระบบ"),("UnlockFailed","Failed unlocks","ปลดล็อกไม่สำเร็จ"),("Lock","Locked","ล็อก"),("Create","Created","สร้าง"),("Update","Changed","แก้ไข"),("Delete","Deleted","ลบ"),("Reveal","Identity revealed","เปิดเผยตัวตน"),("Export","Exported","ส่งออก"),("Print","Printed","พิมพ์"),("Report","Report made","จัดทำรายงาน"),("AccessDenied","Access denied","ปฏิเสธการเข้าถึง"),("ApprovalRequested","Approval requested","ขออนุมัติ"),("ApprovalGranted","Approved","อนุมัติ"),("ApprovalReturned","Returned","ส่งคืน"),("UserAdded","User added","เพิ่มผู้ใช้"),("UserChanged","User changed","แก้ไขผู้ใช้"),("UserDisabled","User disabled","ระงับผู้ใช้"),("PassphraseReset","Temporary passphrase issued","ออกรหัสผ่านชั่วคราว"),("PassphraseChanged","Passphrase changed","เปลี่ยนรหัสผ่าน"),("AuditVerified","Audit trail verified","ตรวจสอบบันทึกการตรวจสอบ")],
 "ApprovalKind": [("CaseClosure","Case closure","การปิดคดี"),("SuspectDesignation","Suspect designation of a victim","การระบุผู้เสียหายเป็นผู้ต้องสงสัย")],
 "ApprovalState": [("Pending","Pending","รอพิจารณา"),("Approved","Approved","อนุมัติแล้ว"),("Returned","Returned","ส่งคืนแล้ว")],
 "Problem": [("ALTERED","altered","ถูกแก้ไข"),("REMOVED","removed","ถูกลบ"),("INSERTED","inserted or not signed by this vault","ถูกแทรกหรือไม่ได้ลงนามโดยคลังข้อมูลนี้"),("REORDERED","reordered","ถูกสลับลำดับ")],
 "Role": [("Investigator","Investigator","พนักงานสอบสวน"),("Caseworker","Caseworker","นักสังคมสงเคราะห์"),("Supervisor","Supervisor","ผู้บังคับบัญชา"),("Administrator","Administrator","ผู้ดูแลระบบ"),("Auditor","Auditor","ผู้ตรวจสอบ")],
}
for en_name, vals in enums.items():
    for k, en, th in vals:
        e(f"enum.{en_name}.{k}", en, th)

def esc(s):
    out=[]
    for ch in s:
        out.append(ch)
    return "".join(out)

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
            f.write(f"{ent[0]}={ent[idx]}\n")
        f.write("\n" + ui)
print(len(entries))
