import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequestActor, type Actor } from '../platform/audit/request-actor.decorator.js';
import { Roles } from '../platform/auth/auth.decorators.js';
import { CreateUserDto, UpdateUserDto, UserView } from './user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('admin')
@ApiCookieAuth()
@ApiBearerAuth()
@Roles('admin')
@Controller('api/admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: [UserView] })
  async list(): Promise<UserView[]> {
    return (await this.users.list()).map((user) => UserView.of(user));
  }

  @Post()
  @ApiCreatedResponse({ type: UserView })
  @ApiConflictResponse({ description: 'The username is taken (issue on `username`).' })
  async create(@Body() body: CreateUserDto, @RequestActor() actor: Actor): Promise<UserView> {
    return UserView.of(await this.users.create(body, actor));
  }

  /** A new password, a new role or deactivation signs the user out everywhere. */
  @Patch(':id')
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse({ description: 'No user with this id.' })
  @ApiConflictResponse({ description: 'The change would leave no active admin.' })
  async update(@Param('id', ParseIntPipe) id: number, @Body() body: UpdateUserDto, @RequestActor() actor: Actor): Promise<UserView> {
    return UserView.of(await this.users.update(id, body, actor));
  }
}
